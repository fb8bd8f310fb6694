import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';
import { columnRateCell } from './fraction-rates.ts';
import type { Column } from './header-map.ts';

/**
 * The rate of the latest year that two sampled KPIs print at least, where every rate column
 * names its year and none states a formula (a KPI's rates by year: the report year's is the
 * KPI's); null otherwise. A later year's rate column left blank or dashed (「達成率 H30 | H31」
 * of years still to come) says nothing of the columns: the latest year printed is read, as
 * one rate alone is reproduced by some pair of figures.
 */
export function latestPrintedYearRate(
  rates: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): Column | null {
  const years: { column: Column; year: number }[] = [];
  for (const c of rates) {
    if (c.role.kind !== 'rate' || c.role.formula !== null) return null;
    const year = headerYear(c.label.replace(/\s+/g, ''), context);
    if (year === null) return null;
    years.push({ column: c, year });
  }
  let latest: Column | null = null;
  let latestYear = -Infinity;
  for (const { column, year } of years) {
    if (year <= latestYear || printing(column, sample) < 2) continue;
    [latest, latestYear] = [column, year];
  }
  return latest;
}

function printing(c: Column, sample: readonly GridRow[]): number {
  let count = 0;
  for (const row of sample) {
    if (columnRateCell(c.role, row.cells[c.index] ?? '') !== undefined) count += 1;
    if (count === 2) break;
  }
  return count;
}
