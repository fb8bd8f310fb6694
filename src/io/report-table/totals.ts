import type { Decimal } from '../../domain/decimal.ts';
import { addDecimals, compareDecimals } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { DepartmentFigures, YearFigure } from '../../domain/model.ts';

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
 * ⑱ (2(1) against yearly 0s), a cumulative total including the baseline.
 */
export function placeTotals(
  totalRows: readonly YearFigure[][],
  cumulativeActuals: readonly YearFigure[],
  departments: readonly DepartmentFigures[],
): { actuals: YearFigure[] | null; cumulative: YearFigure[] } {
  if (totalRows.length === 0) return { actuals: null, cumulative: [...cumulativeActuals] };
  const sums = sumByYear(departments.map((d) => d.actuals));
  let actuals: YearFigure[] | null = null;
  const cumulative = [...cumulativeActuals];
  for (const row of totalRows) {
    if (departments.length > 0 && isSumOf(row, sums)) actuals = row;
    else cumulative.push(...row);
  }
  return { actuals, cumulative };
}
