import { achievement } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import { addDecimals, compareDecimals, toNumber } from './decimal.ts';
import type { RateExplanation } from './explanation.ts';
import { explainRate } from './explanation.ts';
import type { Figure } from './figure.ts';
import { formatFigureText } from './figure.ts';
import { parseFigureText } from './figure-text.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import { gradeFor, isOnTrack } from './grade-scale.ts';
import type { Kpi, YearFigure } from './model.ts';
import type { Projection } from './projection.ts';
import { projectKpi } from './projection.ts';
import type { RatePrecision } from './rate-format.ts';
import { formatRate } from './rate-format.ts';
import type { ValidRange } from './valid-range.ts';
import { kpiRange, outsideRange } from './valid-range.ts';
import { normalizeUnit } from './unit.ts';
import { decimalPlaces, keptDecimals } from './kept-decimals.ts';

/**
 * What an editor is typing into one entry of a round: the year's figure of the KPI (or of one
 * department's row of a breakdown), the printed cumulative figure where the KPI keeps a 累計
 * row, and the narrative (取組内容).
 */
export interface EntryDraft {
  readonly figure: string;
  readonly cumulative: string;
  readonly narrative: string;
  /** The editor confirmed a figure far outside the trend. */
  readonly confirmedJump: boolean;
}

/** Where the entry sits and the plan settings its rate is computed under. */
export interface EntrySlot {
  readonly kpi: Kpi;
  readonly fiscalYear: FiscalYear;
  /** Null for the KPI's own row; one of its departments for a breakdown row (⑰). */
  readonly department: string | null;
  readonly ratePrecision: RatePrecision;
  readonly gradeScale: GradeScale;
  readonly planEnd: FiscalYear | null;
}

/**
 * One finding about a draft. `error` keeps it from being submitted; `confirm` needs the editor
 * to confirm; `explain` needs a narrative that explains it. Messages are Japanese, as editors
 * read them, with the numbers filled in.
 */
export type EntryCheck =
  | { readonly kind: 'figure-missing'; readonly severity: 'error' }
  | { readonly kind: 'figure-invalid'; readonly severity: 'error'; readonly text: string }
  | { readonly kind: 'secondary-unused'; readonly severity: 'error' }
  | { readonly kind: 'too-many-decimals'; readonly severity: 'error'; readonly decimals: number }
  | { readonly kind: 'out-of-range'; readonly severity: 'error'; readonly range: ValidRange }
  | {
      readonly kind: 'unit-mismatch';
      readonly severity: 'error';
      readonly typed: string;
      readonly unit: string;
    }
  | { readonly kind: 'cumulative-invalid'; readonly severity: 'error'; readonly text: string }
  | {
      readonly kind: 'cumulative-mismatch';
      readonly severity: 'explain';
      readonly expected: Decimal;
      readonly entered: Decimal;
    }
  | {
      readonly kind: 'department-sum';
      readonly severity: 'explain';
      readonly sum: Decimal;
      readonly total: Decimal;
    }
  | {
      readonly kind: 'jump';
      readonly severity: 'confirm';
      readonly previous: Decimal;
      readonly entered: Decimal;
    }
  | { readonly kind: 'narrative-required'; readonly severity: 'error'; readonly reason: string };

export type EntryCheckKind = EntryCheck['kind'];

export interface EntryPreview {
  /** The typed figure as the table will print it, or null when it is not one. */
  readonly figure: Figure | null;
  readonly rate: string | null;
  readonly grade: string | null;
  readonly explanation: RateExplanation | null;
  readonly projection: Projection | null;
  /** Null when there is no rate to judge (no target, no figure). */
  readonly onTrack: boolean | null;
  readonly checks: readonly EntryCheck[];
  /** No error left, every confirm confirmed and every explain explained: it may be submitted. */
  readonly submittable: boolean;
}

function usesSecondary(kpi: Kpi): boolean {
  const all = [kpi.actuals, kpi.cumulativeActuals, ...kpi.departmentActuals.map((d) => d.actuals)];
  return all.some((series) => series.some((f) => f.figure.secondary !== null));
}

function replaceYear(series: readonly YearFigure[], year: FiscalYear, figure: Figure | null) {
  const rest = series.filter((f) => f.fiscalYear !== year);
  return figure === null ? rest : [...rest, { fiscalYear: year, figure }];
}

/** The KPI as it would count with the typed figures in place. */
function withEntered(
  slot: EntrySlot,
  figure: Figure | null,
  cumulative: Figure | null | undefined,
): Kpi {
  const { kpi, fiscalYear: year, department } = slot;
  const cumulativeActuals =
    cumulative === undefined
      ? kpi.cumulativeActuals
      : replaceYear(kpi.cumulativeActuals, year, cumulative);
  if (department === null) {
    return { ...kpi, actuals: replaceYear(kpi.actuals, year, figure), cumulativeActuals };
  }
  const known = kpi.departmentActuals.some((d) => d.department === department);
  const rows = known
    ? kpi.departmentActuals
    : [...kpi.departmentActuals, { department, actuals: [] }];
  return {
    ...kpi,
    cumulativeActuals,
    departmentActuals: rows.map((d) =>
      d.department === department ? { ...d, actuals: replaceYear(d.actuals, year, figure) } : d,
    ),
  };
}

/** The slot's figures before the entry's year, oldest first. */
function earlierValues(kpi: Kpi, department: string | null, year: FiscalYear): Decimal[] {
  const series =
    department === null
      ? kpi.actuals
      : (kpi.departmentActuals.find((d) => d.department === department)?.actuals ?? []);
  return [...series]
    .filter((f) => f.fiscalYear < year && f.figure.value !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .flatMap((f) => (f.figure.value === null ? [] : [f.figure.value]));
}

/**
 * A figure far outside the trend: more than three times the last one or less than a third of
 * it (from zero: more than ten times the largest so far), and a move more than three times the
 * largest yearly move so far. ⑦ 283,179 → 282,000 is ordinary; 283,179 → 28,200, a dropped
 * digit, is not; ⑩ 0, 0, 0 → 1 is not either.
 */
function isJump(earlier: readonly Decimal[], entered: Decimal): boolean {
  const last = earlier.at(-1);
  if (last === undefined) return false;
  const previous = Math.abs(toNumber(last));
  const now = Math.abs(toNumber(entered));
  const moves = earlier.slice(1).map((v, i) => Math.abs(toNumber(v) - toNumber(earlier[i] ?? v)));
  const largest = Math.max(0, ...moves);
  const outside =
    previous === 0
      ? now > 10 * Math.max(1, ...earlier.map((v) => Math.abs(toNumber(v))))
      : now > 3 * previous || now < previous / 3;
  return outside && Math.abs(now - previous) > 3 * largest;
}

function figureChecks(
  slot: EntrySlot,
  text: string,
): { figure: Figure | null; checks: EntryCheck[] } {
  if (text.trim() === '')
    return { figure: null, checks: [{ kind: 'figure-missing', severity: 'error' }] };
  const parsed = parseFigureText(text);
  if (!parsed)
    return { figure: null, checks: [{ kind: 'figure-invalid', severity: 'error', text }] };
  const checks: EntryCheck[] = [];
  const { figure } = parsed;
  if (figure.secondary !== null && !usesSecondary(slot.kpi)) {
    checks.push({ kind: 'secondary-unused', severity: 'error' });
  }
  const decimals = keptDecimals(slot.kpi);
  if (figure.value !== null && decimalPlaces(figure.value) > decimals) {
    checks.push({ kind: 'too-many-decimals', severity: 'error', decimals });
  }
  const range = kpiRange(slot.kpi);
  if (figure.value !== null && range !== null && outsideRange(range, figure.value)) {
    checks.push({ kind: 'out-of-range', severity: 'error', range });
  }
  const kpiUnit = normalizeUnit(slot.kpi.unit);
  if (parsed.unit !== null && kpiUnit !== '' && parsed.unit !== kpiUnit) {
    checks.push({ kind: 'unit-mismatch', severity: 'error', typed: parsed.unit, unit: kpiUnit });
  }
  return { figure, checks };
}

/** A printed cumulative row carries on: last year's cumulative plus this year's figure. */
function cumulativeCheck(slot: EntrySlot, figure: Figure | null, cumulative: Figure): EntryCheck[] {
  const year = slot.fiscalYear;
  const before = [...slot.kpi.cumulativeActuals]
    .filter((c) => c.fiscalYear < year && c.figure.value !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .at(-1);
  if (before?.figure.value == null || figure?.value == null || cumulative.value === null) return [];
  const expected = addDecimals(before.figure.value, figure.value);
  return compareDecimals(expected, cumulative.value) === 0
    ? []
    : [{ kind: 'cumulative-mismatch', severity: 'explain', expected, entered: cumulative.value }];
}

/** Where a KPI is broken down by department, the departments add up to its own figure. */
function departmentSumCheck(kpi: Kpi, year: FiscalYear): EntryCheck[] {
  const total = kpi.actuals.find((f) => f.fiscalYear === year)?.figure.value ?? null;
  if (total === null || kpi.departmentActuals.length === 0) return [];
  const parts = kpi.departmentActuals.flatMap((d) => {
    const value = d.actuals.find((f) => f.fiscalYear === year)?.figure.value;
    return value == null ? [] : [value];
  });
  if (parts.length === 0) return [];
  const sum = addDecimals(...parts);
  return compareDecimals(sum, total) === 0
    ? []
    : [{ kind: 'department-sum', severity: 'explain', sum, total }];
}

/**
 * What a draft would give and what is wrong with it, as the editor types: the rate and grade
 * the report would show (the same functions the report uses), the projection, and the checks.
 * A narrative is required when the KPI is off track: its grade is below the scale's on-track
 * grades (isOnTrack) or its projection misses the target.
 * @example
 * // ⑦ R6 282,000 m² against 264,000 (a decrease KPI) → 94%, B, on track.
 * previewEntry({ kpi: kpi7, fiscalYear: 2024, department: null, … },
 *   { figure: '282,000', cumulative: '', narrative: '…', confirmedJump: false })
 */
export function previewEntry(slot: EntrySlot, draft: EntryDraft): EntryPreview {
  const { figure, checks } = figureChecks(slot, draft.figure);
  let cumulative: Figure | null | undefined;
  if (slot.kpi.cumulativeActuals.length > 0 && draft.cumulative.trim() !== '') {
    const parsed = parseFigureText(draft.cumulative);
    if (parsed) {
      cumulative = parsed.figure;
      checks.push(...cumulativeCheck(slot, figure, parsed.figure));
    } else {
      checks.push({ kind: 'cumulative-invalid', severity: 'error', text: draft.cumulative });
    }
  }
  const kpi = withEntered(slot, figure, cumulative);
  if (slot.department !== null) checks.push(...departmentSumCheck(kpi, slot.fiscalYear));
  if (figure?.value != null && !draft.confirmedJump) {
    const earlier = earlierValues(slot.kpi, slot.department, slot.fiscalYear);
    if (isJump(earlier, figure.value)) {
      const previous = earlier.at(-1);
      if (previous !== undefined) {
        checks.push({ kind: 'jump', severity: 'confirm', previous, entered: figure.value });
      }
    }
  }
  const result = figure === null ? null : achievement(kpi, slot.fiscalYear);
  const rated = result?.kind === 'rate' ? result : null;
  const projection =
    figure === null ? null : (projectKpi(kpi, slot.fiscalYear, slot.planEnd) ?? null);
  const gradeOnTrack = rated === null ? null : isOnTrack(rated.ratio, slot.gradeScale);
  const onTrack =
    gradeOnTrack === null ? null : gradeOnTrack && (projection === null || projection.onCourse);
  const explained = draft.narrative.trim() !== '';
  if (!explained && rated !== null && onTrack === false) {
    const reason = gradeOnTrack
      ? '目標年度の見込みが目標に届きません'
      : `評価が${gradeFor(rated.ratio, slot.gradeScale)}です`;
    checks.push({ kind: 'narrative-required', severity: 'error', reason });
  }
  const submittable = checks.every((c) =>
    c.severity === 'confirm' ? draft.confirmedJump : c.severity === 'explain' ? explained : false,
  );
  return {
    figure,
    rate: rated === null ? null : formatRate(rated.ratio, slot.ratePrecision),
    grade: rated === null ? null : gradeFor(rated.ratio, slot.gradeScale),
    explanation: result === null ? null : explainRate(result, slot.ratePrecision),
    projection,
    onTrack,
    checks,
    submittable,
  };
}

/** One check in the editor's words (Japanese). */
export function entryCheckMessage(check: EntryCheck, unit: string): string {
  switch (check.kind) {
    case 'figure-missing':
      return '実績値を入力してください（値がない年は「-」）';
    case 'figure-invalid':
      return `「${check.text}」は数値として読めません（例: 1,234 / 8.39 / 2(1) / -）`;
    case 'secondary-unused':
      return 'この指標は（）付きの内数を使いません。数値だけを入力してください';
    case 'too-many-decimals':
      return check.decimals === 0
        ? 'この指標は整数で入力します（小数は使えません）'
        : `この指標は小数第${check.decimals}位までで入力します`;
    case 'out-of-range':
      return check.range.max === null
        ? `この指標の値は${check.range.min ?? ''}${unit}以上です。値を確かめてください`
        : check.range.min === null
          ? `この指標の値は${check.range.max}${unit}以下です。値を確かめてください`
          : `この指標の値は${check.range.min}〜${check.range.max}${unit}の範囲です。値を確かめてください`;
    case 'unit-mismatch':
      return `単位が違います: 「${check.typed}」ではなく「${check.unit}」で入力してください`;
    case 'cumulative-invalid':
      return `累計「${check.text}」は数値として読めません`;
    case 'cumulative-mismatch':
      return `累計は前年度の累計と今年度の実績の和（${check.expected}${unit}）になるはずですが、${check.entered}${unit}です。取組内容に理由を書いてください`;
    case 'department-sum':
      return `担当課別の値の合計（${check.sum}${unit}）が指標の値（${check.total}${unit}）と一致しません。取組内容に理由を書いてください`;
    case 'jump':
      return `前年度（${check.previous}${unit}）から大きく変わっています。値を確かめて「確認しました」にチェックしてください`;
    case 'narrative-required':
      return `${check.reason}。目標に届いていない理由と今後の取組を取組内容に書いてください`;
  }
}

/** The figure's text as saved and printed ("282000", "2(1)"), or the typed text when unreadable. */
export function enteredText(preview: EntryPreview, typed: string): string {
  return preview.figure === null ? typed.trim() : formatFigureText(preview.figure);
}
