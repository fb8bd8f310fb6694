import { parseFigureText } from '../../domain/figure-text.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { Decimal } from '../../domain/decimal.ts';
import { figureOf } from '../../domain/figure.ts';
import type { KpiDraft } from './kpi-draft.ts';

const YEAR = String.raw`((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年度?)`;
const VALUE = String.raw`([▲△−-]?\s*\d[\d,]*(?:\.\d+)?)`;
/** A figure's unit, short and no number (人, %, 件), where it is printed after the figure. */
const UNIT = String.raw`(?:[^\d\s→()（）]{1,4})?`;
/** Where the goal comes from, in brackets after it: 「(鳥取県障害福祉計画)」. */
const SOURCE = String.raw`(?:\s*[(（][^()（）]*[)）])?`;
/**
 * A name, then a year and its figure (its unit after it), an arrow, a later year and its figure,
 * the plan the goal is of in brackets after it.
 */
const ARROW = new RegExp(
  String.raw`^(.*?\S)\s*${YEAR}\s*${VALUE}\s*${UNIT}\s*→\s*${YEAR}\s*${VALUE}\s*${UNIT}${SOURCE}$`,
);

interface YearValue {
  readonly fiscalYear: FiscalYear;
  readonly value: Decimal;
}

function yearValue(year: string | undefined, value: string | undefined): YearValue | null {
  const fiscalYear = parseFiscalYear((year ?? '').replace(/\s+/g, ''));
  const parsed = parseFigureText((value ?? '').replace(/\s+/g, ''))?.figure.value ?? null;
  return fiscalYear === undefined || parsed === null ? null : { fiscalYear, value: parsed };
}

/**
 * A KPI name printed with its baseline and final target after it (長野県 信州創生戦略 「合計特殊
 * 出生率 H26年1.54→H31年1.68」, 鳥取県 障害福祉計画 「…一般就労移行者数 ・平成17年度 12人 → 平成26年度
 * 64人 (鳥取県障害福祉計画)」, units and the plan's name in brackets after it): the name is the
 * title, H26's 1.54 the baseline and H31's 1.68 the target, each where no column gave one; a target a column gave for an earlier year (its
 * 目安値 of H29) becomes that year's milestone. The cell is kept in the KPI's note as printed.
 */
export function withArrowGoal(draft: KpiDraft): void {
  // Most names have no arrow: the test is a character search for them.
  if (!draft.title.includes('→')) return;
  const match = ARROW.exec(draft.title.normalize('NFKC').trim());
  if (!match?.[1]) return;
  const from = yearValue(match[2], match[3]);
  const to = yearValue(match[4], match[5]);
  if (from === null || to === null || to.fiscalYear <= from.fiscalYear) return;
  draft.cellNotes.unshift(draft.title.trim());
  // A bullet the goal's line began with (「・平成17年度 12人 → …」) is no part of the name.
  draft.title = match[1].replace(/[\s・]+$/, '');
  draft.baseline ??= from;
  const read = draft.target;
  const earlier =
    read?.kind === 'level' &&
    read.target.fiscalYear !== null &&
    read.target.fiscalYear < to.fiscalYear &&
    !draft.milestones.some((m) => m.fiscalYear === read.target.fiscalYear);
  if (earlier && read.target.fiscalYear !== null)
    draft.milestones.push({
      fiscalYear: read.target.fiscalYear,
      figure: figureOf(read.target.value),
    });
  if (read === null || earlier) draft.target = { kind: 'level', target: { kind: 'value', ...to } };
}
