import { yearDifferenceMismatch } from './year-difference-check.ts';
import { isYearsCount } from './per-year-unit.ts';
import type { Rounding } from '../../domain/rate-format.ts';
import type { Decimal } from '../../domain/decimal.ts';
import {
  addDecimals,
  compareDecimals,
  multiplyDecimals,
  shiftDecimal,
  subtractDecimals,
} from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { RuleInference } from '../../domain/inference.ts';
import { inferDirection, inferRateRule, namesBaseChange } from '../../domain/inference.ts';
import type {
  Baseline,
  DepartmentFigures,
  Direction,
  Formula,
  Kpi,
  Narrative,
  Target,
  YearFigure,
} from '../../domain/model.ts';
import { headerYear } from './column-role.ts';
import { looksDamagedUnit } from '../../domain/unit.ts';
import type { ImportProblem } from '../import-problem.ts';
import type { ImportedKpi } from '../imported-report.ts';
import type { KpiDraft, PrintedTarget } from './kpi-draft.ts';
import { differenceMismatch } from './difference-check.ts';
import { isRateChange, rateChangeMismatch } from './percent-difference.ts';
import { checkYearRate, yearRatesRule } from './year-rate-check.ts';
import { placeTotals } from './totals.ts';
import {
  fillFromAsides,
  isShareCell,
  shareActuals,
  sharesBesidePercents,
} from './actual-asides.ts';
import { withLatestMilestoneAsTarget } from './milestone-target.ts';
import { titleDirection } from '../../domain/title-direction.ts';
import { directionMark, directionWord } from '../../domain/direction-mark.ts';
import { gradeDirection, gradeProvesFloor } from '../../domain/grade-direction.ts';
import { withArrowGoal } from './arrow-goal.ts';
import { withDeadlineGoal } from './deadline-goal.ts';

const figuresOf = ({ department, actuals }: KpiDraft['departmentRows'][number]) => ({
  department,
  actuals,
});

/** The KPI row's own figures belong to the department it names when breakdown rows follow (⑰ 総務課). */
function departmentFigures(draft: KpiDraft): {
  actuals: YearFigure[];
  departments: DepartmentFigures[];
} {
  if (draft.departmentRows.length === 0) return { actuals: draft.actuals, departments: [] };
  const [own] = draft.departments;
  if (draft.departments.length !== 1 || own === undefined) {
    return { actuals: draft.actuals, departments: draft.departmentRows.map(figuresOf) };
  }
  return {
    actuals: [],
    departments: [
      { department: own, actuals: draft.actuals },
      ...draft.departmentRows.map(figuresOf),
    ],
  };
}

/**
 * The workbook gives each department line its own text (⑰ 情報政策課 under 取組内容): the KPI
 * row's text is then its own department's, and each line's its department's.
 */
function departmentNarratives(draft: KpiDraft): Narrative[] | null {
  if (!draft.departmentRows.some((d) => d.narrative !== null)) return null;
  const [own] = draft.departments;
  const first = draft.narrative && {
    ...draft.narrative,
    department: draft.departments.length === 1 ? (own ?? null) : null,
  };
  return [
    ...(first ? [first] : []),
    ...draft.departmentRows.flatMap((d) =>
      d.narrative ? [{ ...d.narrative, department: d.department }] : [],
    ),
  ];
}

/** ⑰ and ⑱ join their departments' narratives with spaces: one segment each, in row order. */
function splitNarrative(draft: KpiDraft, departments: readonly DepartmentFigures[]): Narrative[] {
  const own = departmentNarratives(draft);
  if (own) return own;
  const narrative = draft.narrative;
  if (!narrative) return [];
  const segments =
    departments.length >= 2 ? narrative.text.split(/\s+/).filter((s) => s !== '') : [];
  if (departments.length >= 2 && segments.length === departments.length) {
    return segments.map((text, index) => ({
      fiscalYear: narrative.fiscalYear,
      department: departments[index]?.department ?? null,
      text,
    }));
  }
  return [{ fiscalYear: narrative.fiscalYear, department: null, text: narrative.text }];
}

/**
 * The amount a rise or cut printed in percent takes from a baseline not itself in percent
 * (「10%増」 of 85億円 is 8.5億円, 「20%削減」 of 12,000 t is 2,400 t); the printed amount
 * otherwise (「+5 ポイント」 of 52.0%, 「15人削減」).
 */
function relativeAmount(
  draft: KpiDraft,
  printed: Extract<PrintedTarget, { kind: 'reduction' | 'rise' }>,
  baseline: Decimal,
): Decimal {
  const amount = printed.target.value;
  // A KPI in percent (its unit, or another of its cells printed in %): 「+5%」 is points.
  const inPercent =
    draft.unit === '%' ||
    draft.valueUnits.some((u) => u.unit === '%' && u.column !== draft.targetColumn);
  if (!printed.percent || inPercent) return amount;
  // The target cell's % is a share of the baseline, not the KPI's unit: no mixed unit.
  draft.valueUnits = draft.valueUnits.filter(
    (u) => !((u.unit === '%' || u.unit === '割') && u.column === draft.targetColumn),
  );
  return multiplyDecimals(baseline, shiftDecimal(amount, -2));
}

/**
 * Targets printed relative to the baseline: "15人削減" is baseline − 15, measured as the share of
 * the reduction achieved; 現状維持 keeps the baseline. Where the actuals are amounts reduced too
 * (福知山市 "31人削減" against "15人削減"), the target is the amount itself: 31/15 = 206.7%.
 */
function settleTarget(
  draft: KpiDraft,
  problems: ImportProblem[],
  file: string,
): Pick<Kpi, 'target' | 'formula'> {
  const formula = draft.formula ?? 'ratio';
  const printed = draft.target;
  if (printed === null) return { target: null, formula };
  if (printed.kind === 'level') return { target: printed.target, formula };
  if (printed.kind === 'multiple') return multipleTarget(draft, printed.target, formula);
  if (printed.kind === 'reduction' && draft.actualsAreReductions)
    return { target: printed.target, formula };
  // A rise with no baseline to rise from (「+5 ポイント」 beside actuals 「+3.5 ポイント」): the
  // amounts themselves, 3.5 of 5.
  if (printed.kind === 'rise' && draft.baseline === null)
    return { target: printed.target, formula };
  if (draft.baseline === null) {
    problems.push({
      kind: 'baseline',
      file,
      row: draft.row,
      column: draft.targetColumn ?? draft.codeColumn,
      message: `KPI ${draft.code}: a target relative to the baseline, but no baseline`,
    });
    return { target: null, formula };
  }
  const baseline = draft.baseline.value;
  switch (printed.kind) {
    case 'maintain':
      return { target: { kind: 'maintain', value: baseline, fiscalYear: null }, formula };
    case 'reduction':
    case 'rise': {
      // 「15人削減」 from the baseline, or 「+5 ポイント」 from 52.0% (57.0%): measured as the share
      // of the cut or the rise achieved.
      const { fiscalYear } = printed.target;
      const amount = relativeAmount(draft, printed, baseline);
      const value =
        printed.kind === 'rise'
          ? addDecimals(baseline, amount)
          : subtractDecimals(baseline, amount);
      return { target: { kind: 'value', value, fiscalYear }, formula: 'progress' };
    }
  }
}

/**
 * A target in 倍: a multiple of the baseline where the KPI's other figures are in another unit
 * (観光消費額 120億円 → 「1.5倍」: 180億円, its 倍 no unit of the KPI's), else a level in 倍 (有効求人倍率
 * 1.20倍 → 1.50倍).
 */
function multipleTarget(
  draft: KpiDraft,
  target: Target,
  formula: Formula,
): Pick<Kpi, 'target' | 'formula'> {
  const inTimes = draft.valueUnits.some((u) => u.unit === '倍' && u.column !== draft.targetColumn);
  if (inTimes || draft.baseline === null) return { target, formula };
  draft.valueUnits = draft.valueUnits.filter(
    (u) => !(u.unit === '倍' && u.column === draft.targetColumn),
  );
  const value = multiplyDecimals(draft.baseline.value, target.value);
  return { target: { kind: 'value', value, fiscalYear: target.fiscalYear }, formula };
}

/**
 * Moves the KPI's printed rate among its year rates when it is headed as the report year's and
 * is that year's against its plan (a milestone other than the final target), not the KPI's
 * against its target: every year rate, this one with them, reproduced by one rule. Leaves the
 * draft as it is else.
 */
function asReportYearRate(draft: KpiDraft, base: Kpi, year: FiscalYear, rounding: Rounding): void {
  const printed = draft.printedRate;
  const plan = base.milestones.find((m) => m.fiscalYear === year)?.figure.value ?? null;
  if (printed === null || plan === null || base.target === null) return;
  if (compareDecimals(plan, base.target.value) === 0) return;
  const words = draft.printedRateLabel;
  // Only a rate headed as the report year's (「令和4年度 達成率」): a rate no year heads (進捗率
  // (対目標値) beside 28年度 (目標)) is the KPI's, the role search finding its target.
  if (words === null || headerYear(words.replace(/\s+/g, '')) !== year) return;
  if (inferRateRule(base, year, printed, rounding, words).kind === 'matched') return;
  const rates = [
    ...draft.yearRates,
    { fiscalYear: year, printed, column: draft.printedRateColumn, label: words },
  ];
  if (yearRatesRule(base, rates, rounding) === null) return;
  draft.yearRates = rates;
  draft.ownRateAsYearRate = true;
  draft.printedRate = null;
  draft.printedRateText = null;
  draft.printedRateLabel = null;
}

/**
 * The one unit every figure of a KPI prints (「47,305人」, 「47,349人」), where its unit is only the one
 * a title states for the whole table: the cells say their own (滝沢市 水道決算's first table of
 * people and m³ over a later table's 「単位:千円」). Null where they print none, or several.
 */
function cellsOwnUnit(draft: KpiDraft): string | null {
  if (!draft.unitOfTable || draft.valueUnits.length === 0) return null;
  // Every figure prints it: a bare figure beside 「5件」 is the title's (600,000 千円).
  const figures =
    draft.actuals.length +
    draft.milestones.length +
    draft.cumulativeActuals.length +
    (draft.baseline === null ? 0 : 1) +
    (draft.target === null ? 0 : 1);
  if (draft.valueUnits.length < figures) return null;
  const units = new Set(draft.valueUnits.map((u) => u.unit));
  const [only] = units;
  return units.size === 1 && only !== undefined && only !== draft.unit ? only : null;
}

/** Cells with another unit than the KPI's, and a unit the domain does not know ("m?"). */
type ValueUnit = KpiDraft['valueUnits'][number];

/** A cell's unit other than the KPI's; percentage points (「+5 ポイント」) are a % KPI's rise. */
const isMixedUnit = (draft: KpiDraft, u: ValueUnit, unit: string, byShares: boolean) =>
  u.unit !== unit &&
  !(unit === '%' && u.unit === 'ポイント') &&
  !(draft.counting === 'single-year' && isYearsCount(unit, u.unit)) &&
  !(byShares && isShareCell(draft, u.row, u.column));

function unitProblems(
  draft: KpiDraft,
  unit: string,
  problems: ImportProblem[],
  file: string,
  byShares: boolean,
): void {
  // Most KPIs carry no other unit: found with no list and no closure (this runs once per KPI).
  let firstMixed: ValueUnit | undefined;
  for (const u of draft.valueUnits)
    if (isMixedUnit(draft, u, unit, byShares)) {
      firstMixed = u;
      break;
    }
  if (firstMixed) {
    const mixed = draft.valueUnits.filter((u) => isMixedUnit(draft, u, unit, byShares));
    const units = [...new Set(mixed.map((u) => u.unit))].join(', ');
    problems.push({
      kind: 'unit',
      file,
      row: firstMixed.row,
      column: firstMixed.column,
      message: `KPI ${draft.code}: cells carry other units than ${unit || 'its own'}: ${units}, read as ${unit || 'plain numbers'}`,
    });
  }
  if (unit !== '' && looksDamagedUnit(unit)) {
    problems.push({
      kind: 'unit',
      file,
      row: draft.unitColumn === null ? (draft.valueUnits[0]?.row ?? draft.row) : draft.row,
      column: draft.unitColumn ?? draft.valueUnits[0]?.column ?? draft.codeColumn,
      message: `KPI ${draft.code}: "${unit}" is not a unit Mieruka knows (a character lost in the file's encoding?)`,
    });
  }
}

/**
 * With no baseline and no printed rate to settle it, the earliest of two or more yearly actuals
 * tells which way the target lies (神川町 定員管理: 158 名 in H21, 146 名 the target: a level
 * to bring down). A printed rate is reproduced as before (Yuzawa ① has no baseline either).
 */
function earliestActual(draft: KpiDraft, actuals: readonly YearFigure[]): Baseline | null {
  if (draft.printedRate !== null) return null;
  if (new Set(actuals.map((a) => a.fiscalYear)).size < 2) return null;
  const first = actuals.reduce((a, b) => (b.fiscalYear < a.fiscalYear ? b : a));
  const value = first.figure.value;
  return value === null ? null : { value, fiscalYear: first.fiscalYear };
}

/**
 * The base of a printed change over a span of years with no baseline column: the actual of the
 * span's first year (軽米町 純減率 (H11-H16): (163 − 128) ÷ 163, the cut over H11's count).
 * Null for any other KPI.
 */
function spanBase(draft: KpiDraft, actuals: readonly YearFigure[]): Baseline | null {
  const from = draft.spanFrom;
  if (from === null || !namesBaseChange(draft.printedRateLabel)) return null;
  const value = actuals.find((a) => a.fiscalYear === from)?.figure.value ?? null;
  return value === null ? null : { value, fiscalYear: from };
}

/** The KPI's note and the notes of its cells, joined; null when there is none. */
function noteOf({ note, cellNotes }: KpiDraft): string | null {
  if (cellNotes.length === 0) return note || null;
  return [note, ...cellNotes].filter((n) => n !== null).join(' / ') || null;
}

/**
 * The KPI as its cells read and the rule that reproduces its printed rate; read on the shares
 * its actual cells print (「120人、対象者の35.2%」) when it is measured in % (its unit or its
 * target's) and the cells' own figures are not, or when the figures do not reproduce the printed
 * rate and the shares do.
 */
function readingOf(
  draft: KpiDraft,
  base: Kpi,
  year: FiscalYear,
  rounding: Rounding,
): { read: Kpi; inference: RuleInference; byShares: boolean } {
  const words = draft.printedRateLabel;
  const inference = inferRateRule(base, year, draft.printedRate, rounding, words);
  const shares = shareActuals(draft);
  if (shares === null) return { read: base, inference, byShares: false };
  const asShares: Kpi = { ...base, unit: '%', actuals: shares };
  const targetInPercent = draft.valueUnits.some(
    (u) => u.column === draft.targetColumn && u.unit === '%',
  );
  const byShares = inferRateRule(asShares, year, draft.printedRate, rounding, words);
  const measuredInPercent = (base.unit === '%' || targetInPercent) && !sharesBesidePercents(draft);
  if (measuredInPercent || (inference.kind === 'unmatched' && byShares.kind === 'matched'))
    return { read: asShares, inference: byShares, byShares: true };
  return { read: base, inference, byShares: false };
}

/**
 * A KPI's direction: from its baseline and target (a target below the baseline a floor where a
 * pass-or-fail grade says so: 矢掛町 定住人口 15,581人 → 15,471人, 14,922人 ×); with no baseline printed, from the word its
 * title ends with when it says one (健康増進計画 「…の増加率の抑制」, whose first actual 13.5%
 * is below its target 23.0%), else from its earliest actual.
 */
function directionOf(
  draft: KpiDraft,
  baseline: Baseline | null,
  actuals: readonly YearFigure[],
  target: Target | null,
  passFail: boolean,
): Direction {
  const marked = markedDirection(draft);
  if (marked !== null) return marked;
  if (baseline !== null) {
    const inferred = inferDirection(baseline, target);
    return inferred === 'decrease' && passFail && floorByGrade(draft, actuals, target)
      ? 'increase'
      : inferred;
  }
  const byTitle = target?.kind === 'value' ? titleDirection(draft.title) : null;
  const byGrade = passFail ? directionByGrade(draft, actuals, target) : null;
  const earliest = earliestActual(draft, actuals);
  // With no path of actuals either, the plan's own path of targets.
  const byPath = earliest === null ? directionByMilestone(draft.milestones, target) : null;
  return byTitle ?? byGrade ?? byPath ?? inferDirection(earliest, target);
}

/**
 * With no baseline nor two years of actuals, the way the plan's own targets go: from its earliest milestone to its final
 * target (ごみ 審議会 家庭系ごみ原単位 中間目標年度 385g/人日 → 最終目標年度 380g/人日: a decrease); null
 * when no milestone is printed, or it is the final target's value.
 */
function directionByMilestone(
  milestones: readonly YearFigure[],
  target: Target | null,
): Direction | null {
  if (target?.kind !== 'value' || milestones.length === 0) return null;
  const first = milestones.reduce((a, b) => (b.fiscalYear < a.fiscalYear ? b : a));
  if (first.figure.value === null || first.fiscalYear >= (target.fiscalYear ?? first.fiscalYear))
    return null;
  const way = inferDirection({ value: first.figure.value, fiscalYear: first.fiscalYear }, target);
  return way === 'maintain' ? null : way;
}

/**
 * Whether the KPI's pass-or-fail grade proves its target below the baseline a floor to stay
 * above, of its latest actual (`gradeProvesFloor`).
 */
function floorByGrade(
  draft: KpiDraft,
  actuals: readonly YearFigure[],
  target: Target | null,
): boolean {
  // A printed rate decides the direction by what reproduces it, not the grade.
  if (draft.printedGrade === null || draft.printedRate !== null) return false;
  if (target?.kind !== 'value' || actuals.length === 0) return false;
  const latest = actuals.reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a));
  const value = latest.figure.value;
  return value !== null && gradeProvesFloor(draft.printedGrade, value, target.value);
}

/**
 * With no baseline, the direction the KPI's pass-or-fail grade proves of its latest actual
 * against its target (`domain/grade-direction.ts`); null when it proves none.
 */
function directionByGrade(
  draft: KpiDraft,
  actuals: readonly YearFigure[],
  target: Target | null,
): Direction | null {
  if (draft.printedGrade === null || target?.kind !== 'value' || actuals.length === 0) return null;
  const latest = actuals.reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a));
  const value = latest.figure.value;
  return value === null ? null : gradeDirection(draft.printedGrade, value, target.value);
}

/**
 * The direction the KPI's row prints as an arrow in a column of its own (水道ビジョン 「望ましい方向」
 * ↓: 72.70 → 69.09 graded ○ though its base was 71.00), kept as printed beside the figures; null
 * when it prints none.
 */
function markedDirection(draft: KpiDraft): Direction | null {
  for (const extra of draft.extras) {
    const direction = directionMark(extra.text) ?? directionWord(extra.text);
    if (direction !== null) return direction;
  }
  return null;
}

/** Turns a finished draft into a domain KPI, settling direction, basis and formula from the print. */
/**
 * Actuals printed as a rise from the baseline (「+3 ポイント」 from 52.0%) as the levels they reached
 * (55.0), so that they stand beside the baseline and the target; their cells are kept in the
 * KPI's note as printed. Left as printed when no baseline is.
 */
function risenToLevels(draft: KpiDraft): void {
  const baseline = draft.baseline?.value ?? null;
  if (baseline === null || draft.risenActuals.length === 0) return;
  const risen = new Set(draft.risenActuals);
  draft.actuals = draft.actuals.map((a) =>
    risen.has(a.fiscalYear) && a.figure.value !== null
      ? { ...a, figure: { ...a.figure, value: addDecimals(baseline, a.figure.value) } }
      : a,
  );
}

export function finishKpi(
  draft: KpiDraft,
  year: FiscalYear,
  problems: ImportProblem[],
  file: string,
  rounding: Rounding = 'half-up',
  passFail = false,
): ImportedKpi {
  withArrowGoal(draft);
  withDeadlineGoal(draft);
  fillFromAsides(draft);
  risenToLevels(draft);
  const { actuals, departments } = departmentFigures(draft);
  const totals = placeTotals(draft.totalRows, draft.cumulativeActuals, departments);
  const printedUnit = cellsOwnUnit(draft) ?? (draft.unit || draft.valueUnits[0]?.unit || '');
  // settleTarget's problems come after the unit's, which are known once the reading is chosen.
  const targetProblems: ImportProblem[] = [];
  withLatestMilestoneAsTarget(draft);
  const { target, formula } = settleTarget(draft, targetProblems, file);
  const names = [...new Set(draft.departments)];
  for (const { department } of departments) if (!names.includes(department)) names.push(department);
  const baseline = draft.baseline ?? spanBase(draft, actuals);
  const base: Kpi = {
    code: draft.code,
    title: draft.title,
    note: noteOf(draft),
    tags: draft.tags,
    departments: names,
    unit: printedUnit,
    baseline,
    counting: draft.counting,
    direction: directionOf(draft, baseline, actuals, target, passFail),
    basis: 'latest',
    formula,
    target,
    milestones: draft.milestones,
    actuals: totals.actuals ?? actuals,
    departmentActuals: departments,
    cumulativeActuals: totals.cumulative,
    cumulativeLabel: totals.label,
    narratives: splitNarrative(draft, departments),
    extras: draft.extras,
  };
  // A rate the final target does not give but the report year's plan does is that year's rate
  // (令和4年度 目標 50 | 実績 46 | 達成率 92.0% before a 最終目標 60): one of the year rates.
  asReportYearRate(draft, base, year, rounding);
  // The rates of its years say its rounding, all of them alike (茨城県 H29: cut off), and with
  // no rate of its own printed, its formula (小坂町 地方債現在高).
  const byYears =
    draft.yearRates.length > 0 ? yearRatesRule(base, draft.yearRates, rounding) : null;
  const ownRounding = byYears?.rounding ?? rounding;
  const { read, inference, byShares } = readingOf(draft, base, year, ownRounding);
  unitProblems(draft, read.unit, problems, file, byShares);
  problems.push(...targetProblems);
  const yearsRule = inference.kind === 'no-printed-rate' ? (byYears?.rule ?? null) : null;
  const kpi: Kpi = { ...read, ...(yearsRule ?? inference.rule) };
  // A change in % beside the rate is the rate's distance from 100% (厚沢部町 増減).
  const difference =
    draft.difference &&
    (isRateChange(draft.difference, kpi.unit, draft.printedRateText)
      ? rateChangeMismatch(kpi.code, draft.difference.value, draft.printedRateText ?? '')
      : differenceMismatch(kpi, draft.difference, year));
  if (difference && draft.difference)
    problems.push({
      kind: 'difference',
      file,
      row: draft.row,
      column: draft.difference.column,
      message: difference,
    });
  for (const printed of draft.yearDifferences) {
    const message = yearDifferenceMismatch(kpi, printed);
    if (message)
      problems.push({ kind: 'difference', file, row: draft.row, column: printed.column, message });
  }
  const yearRates = draft.yearRates.map((rate) => checkYearRate(kpi, rate, ownRounding));
  for (const { mismatch, column } of yearRates)
    if (mismatch) problems.push({ kind: 'rate', file, row: draft.row, column, message: mismatch });
  return {
    kpi,
    row: draft.row,
    printedRate: draft.printedRate,
    printedRateText: draft.printedRateText,
    printedGrade: draft.printedGrade,
    inference,
    yearRates,
    ...(draft.ownRateAsYearRate ? { ownRateAsYearRate: true as const } : {}),
  };
}
