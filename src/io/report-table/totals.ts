import type { Decimal } from '../../domain/decimal.ts';
import { addDecimals, compareDecimals } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import type { PrintedTarget } from './kpi-draft.ts';
import { printedTargetValue } from './kpi-draft.ts';
import { withoutMemberCount } from './label-cells.ts';
import type {
  Baseline,
  CumulativeLabel,
  DepartmentFigures,
  ExtraField,
  YearFigure,
} from '../../domain/model.ts';

/** The yearly sums of several rows' figures (blank and marked values left out). */
export function sumByYear(rows: readonly (readonly YearFigure[])[]): Map<FiscalYear, Decimal> {
  const sums = new Map<FiscalYear, Decimal>();
  for (const row of rows) {
    for (const { fiscalYear, figure } of row) {
      if (figure.value === null) continue;
      const sofar = sums.get(fiscalYear);
      sums.set(fiscalYear, sofar === undefined ? figure.value : addDecimals(sofar, figure.value));
    }
  }
  return sums;
}

/** Whether every figure of a row is the sum of its year. */
export function isSumOf(
  row: readonly YearFigure[],
  sums: ReadonlyMap<FiscalYear, Decimal>,
): boolean {
  return row.every(({ fiscalYear, figure }) => {
    const sum = sums.get(fiscalYear);
    return figure.value !== null && sum !== undefined && compareDecimals(figure.value, sum) === 0;
  });
}

/**
 * A KPI's 合計 rows: either the yearly total of its departments' rows (its actuals) or, as in
 * ⑱ (2(1) against yearly 0s), a cumulative total including the baseline, then printed as 合計
 * where no 累計 row was read.
 */
export function placeTotals(
  totalRows: readonly YearFigure[][],
  cumulativeActuals: readonly YearFigure[],
  departments: readonly DepartmentFigures[],
): { actuals: YearFigure[] | null; cumulative: YearFigure[]; label: CumulativeLabel } {
  const sums = sumByYear(departments.map((d) => d.actuals));
  let actuals: YearFigure[] | null = null;
  const totals: YearFigure[] = [];
  for (const row of totalRows) {
    if (departments.length > 0 && isSumOf(row, sums)) actuals = row;
    else totals.push(...row);
  }
  const label = cumulativeActuals.length === 0 && totals.length > 0 ? '合計' : '累計';
  return { actuals, cumulative: [...cumulativeActuals, ...totals], label };
}

/** 合計, 総計, 全体: a grand total over every KPI row above; 計 and 小計 total their group only. */
export function isGrandTotal(label: string): boolean {
  return /^(?:[^\d\s]{1,12})?(合計|総計)$|^全体$/.test(
    withoutMemberCount(label).normalize('NFKC').replace(/\s+/g, ''),
  );
}

/** A printed total that is not the sum of its members: where, what was printed, what they sum to. */
export interface TotalMismatch {
  /** The fiscal year of an actual, or null for the target or the baseline. */
  readonly fiscalYear: FiscalYear | null;
  /** Which figure: an actual, the target, or the baseline (三重県's H22 count, the base of its 増減率). */
  readonly figure: 'actual' | 'target' | 'baseline';
  readonly printed: Decimal;
  readonly sum: Decimal;
}

/** The sum of the values, or null when one is missing. */
function sumOf(values: readonly (Decimal | null | undefined)[]): Decimal | null {
  let sum: Decimal | null = null;
  for (const value of values) {
    if (value === null || value === undefined) return null;
    sum = sum === null ? value : addDecimals(sum, value);
  }
  return sum;
}

/** What a total row and its members are checked on. */
interface Summed {
  readonly actuals: readonly YearFigure[];
  readonly target: PrintedTarget | null;
  readonly baseline: Baseline | null;
}

/**
 * Checks a total row against its members: each printed actual against the sum of the members'
 * actuals of that year, the target against the sum of their targets, the baseline against the
 * sum of theirs. Only where every member has a figure: a sum with a gap proves nothing.
 */
export function totalMismatches(total: Summed, members: readonly Summed[]): TotalMismatch[] {
  if (members.length === 0) return [];
  const mismatches: TotalMismatch[] = [];
  // The baseline first, as tables print it before the actuals.
  const baseline = total.baseline?.value;
  const baselineSum = sumOf(members.map((m) => m.baseline?.value));
  if (
    baseline !== undefined &&
    baselineSum !== null &&
    compareDecimals(baseline, baselineSum) !== 0
  )
    mismatches.push({ fiscalYear: null, figure: 'baseline', printed: baseline, sum: baselineSum });
  for (const { fiscalYear, figure } of total.actuals) {
    const sum = sumOf(
      members.map((m) => m.actuals.find((a) => a.fiscalYear === fiscalYear)?.figure.value),
    );
    if (figure.value !== null && sum !== null && compareDecimals(figure.value, sum) !== 0)
      mismatches.push({ fiscalYear, figure: 'actual', printed: figure.value, sum });
  }
  const target = printedTargetValue(total.target);
  const targetSum = sumOf(members.map((m) => printedTargetValue(m.target)));
  if (target !== undefined && targetSum !== null && compareDecimals(target, targetSum) !== 0)
    mismatches.push({ fiscalYear: null, figure: 'target', printed: target, sum: targetSum });
  return mismatches;
}

/** A figure kept as printed under its header (富士市 事業数) that is not the sum of its members'. */
export interface ExtraMismatch {
  readonly label: string;
  readonly printed: Decimal;
  readonly sum: Decimal;
}

const extraValue = (extras: readonly ExtraField[], label: string): Decimal | null | undefined => {
  const text = extras.find((e) => e.label === label)?.text;
  if (text === undefined) return undefined;
  const parsed = parseFigureText(text);
  // A share (三重県 増減率 "▲1.4(▲2.7)" under "増減率 (%)") is no sum of its members' shares.
  if (parsed?.unit === '%' || /[%％]/.test(label)) return null;
  return parsed?.figure.value ?? null;
};

/**
 * Checks a total row's figures kept as printed (富士市's counts 事業数 beside the amounts the
 * rate is on) against the sums of its members' under the same header, where all are figures
 * and none a share (%).
 */
export function extraMismatches(
  total: { readonly extras: readonly ExtraField[] },
  members: readonly { readonly extras: readonly ExtraField[] }[],
): ExtraMismatch[] {
  if (members.length === 0) return [];
  return total.extras.flatMap(({ label }) => {
    const printed = extraValue(total.extras, label);
    const sum = sumOf(members.map((m) => extraValue(m.extras, label)));
    return printed && sum !== null && compareDecimals(printed, sum) !== 0
      ? [{ label, printed, sum }]
      : [];
  });
}
