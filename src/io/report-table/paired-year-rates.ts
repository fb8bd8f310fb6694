import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';
import type { Column } from './header-map.ts';

/**
 * Rates printed each right after a year's actuals, under a header that names no year: a pair of
 * columns per year (御所市 「23年度 | 達成率(%) | 24年度 | 達成率(%) | 25年度 | 達成率(%)」).
 * Each rate is then its year's, the latest the KPI's own. The years of the rate columns by
 * column index when two or more rates are printed and every one of them is so paired; null
 * otherwise (a rate after the report year's actual alone is just the KPI's rate).
 */
export function pairedRateYears(
  columns: readonly Column[],
  context: FiscalYearContext,
): ReadonlyMap<number, FiscalYear> | null {
  const rates = columns.filter((c) => c.role.kind === 'rate');
  if (rates.length < 2) return null;
  const years = new Map<number, FiscalYear>();
  for (const rate of rates) {
    if (headerYear(rate.label.replace(/\s+/g, ''), context) !== null) return null;
    const left = columns[rate.index - 1];
    if (left?.role.kind !== 'actual' || left.role.fiscalYear === null) return null;
    years.set(rate.index, left.role.fiscalYear);
  }
  return new Set(years.values()).size === years.size ? years : null;
}
