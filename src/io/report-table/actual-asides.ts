import { addDecimals } from '../../domain/decimal.ts';
import type { Baseline, Target, YearFigure } from '../../domain/model.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { FigureAside } from '../../domain/figure-text.ts';
import type { ActualAside, KpiDraft } from './kpi-draft.ts';
import { labelSaysShare } from './share-aside-label.ts';

/**
 * Fills in what a KPI printed nowhere but its actual cells say: the baseline of 「5人減 145人」
 * (145 reached, 5 fewer than the baseline: 150, from the earliest such cell, so that a
 * cumulative cut reads the same every year), and the target of 「3/5」 (3 out of 5: the whole of
 * the latest such cell), and the rate of 「2億2,367万円 (67.1パーセント)」 (the latest such cell's,
 * checked as any printed rate), unless the label says the bracket holds the figure's share
 * (「うち女性委員数(割合)」). What the table prints itself wins.
 */
export function fillFromAsides(draft: KpiDraft): void {
  if (draft.baseline === null) draft.baseline = impliedBaseline(draft.asides);
  if (draft.target === null) {
    const target = impliedTarget(draft.asides);
    if (target !== null) draft.target = { kind: 'level', target };
  }
  if (draft.printedRate === null) {
    const latest = latestAside(draft.asides, 'rate');
    // The label's words only where a rate is printed beside a figure: most KPIs have none.
    const rate = latest === null || labelSaysShare(draft.title) ? null : latest.printed;
    const printed = rate === null ? undefined : parsePrintedRate(rate);
    if (printed !== undefined) {
      draft.printedRate = printed;
      draft.printedRateText = rate;
      // The bracket says what the rate is (「基準年比 2.5%削減」): read as a rate header's words.
      if (latest?.words !== undefined) draft.printedRateLabel ??= latest.words;
      yearChanges(draft, latest);
    }
  }
}

/**
 * The other years' changes printed beside their figures (阿波市-like 「6,678t-CO2(基準年比 1.0%増加)」
 * in each year's cell): each that year's rate, checked as any year rate.
 */
function yearChanges(draft: KpiDraft, latest: FigureAside | null): void {
  for (const { fiscalYear, column, aside } of draft.asides) {
    if (aside === latest || aside.kind !== 'rate' || aside.words === undefined) continue;
    const printed = parsePrintedRate(aside.printed);
    if (printed === undefined) continue;
    draft.yearRates.push({ fiscalYear, printed, column, label: aside.words });
  }
}

function impliedBaseline(asides: readonly ActualAside[]): Baseline | null {
  let earliest: Baseline | null = null;
  let year = Infinity;
  for (const { fiscalYear, value, aside } of asides) {
    if (aside.kind !== 'reduced-by' || fiscalYear >= year) continue;
    year = fiscalYear;
    earliest = { value: addDecimals(value, aside.amount), fiscalYear: null };
  }
  return earliest;
}

/** The latest actual cell's aside of a kind (of the latest year; the later cell of a year). */
function latestAside<K extends FigureAside['kind']>(
  asides: readonly ActualAside[],
  kind: K,
): Extract<FigureAside, { kind: K }> | null {
  let latest: Extract<FigureAside, { kind: K }> | null = null;
  let year = -Infinity;
  for (const { fiscalYear, aside } of asides) {
    if (aside.kind !== kind || fiscalYear < year) continue;
    year = fiscalYear;
    latest = aside as Extract<FigureAside, { kind: K }>;
  }
  return latest;
}

function impliedTarget(asides: readonly ActualAside[]): Target | null {
  const outOf = latestAside(asides, 'out-of');
  return outOf === null ? null : { kind: 'value', value: outOf.whole, fiscalYear: null };
}

/**
 * The actuals read as the shares their cells print (「120人、対象者の35.2%」 → 35.2 %), a year
 * with no share keeping no figure; null when no actual cell prints one.
 */
export function shareActuals(draft: KpiDraft): YearFigure[] | null {
  const shares = draft.asides.flatMap(({ fiscalYear, aside }) =>
    aside.kind === 'share' ? [{ fiscalYear, percent: aside.percent }] : [],
  );
  if (shares.length === 0) return null;
  return shares.map(({ fiscalYear, percent }) => ({
    fiscalYear,
    figure: { value: percent, secondary: null, mark: null, estimate: false },
  }));
}

/**
 * Whether every share printed beside an actual is beside a figure already in % (「17.1%、全国平均の90%」):
 * there the share compares the figure with something else, and the figure is what the KPI measures.
 */
export const sharesBesidePercents = (draft: KpiDraft): boolean =>
  draft.asides.every(
    (a) =>
      a.aside.kind !== 'share' ||
      draft.valueUnits.some((u) => u.row === a.row && u.column === a.column && u.unit === '%'),
  );

/** Whether a value cell is one of those whose share was read (its own unit is then not the KPI's). */
export const isShareCell = (draft: KpiDraft, row: number, column: number): boolean =>
  draft.asides.some((a) => a.aside.kind === 'share' && a.row === row && a.column === column);
