import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';
import type { Column } from './header-map.ts';

/** Years from one to another: 「H11-H16」, 「平成17〜22年度」. */
const PERIOD =
  /(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?\s*[-~〜–−]\s*(?:(?:令和|平成|R|H)\s*)?\d{1,2}/i;

/**
 * Reads differences printed year by year (津野町 財政健全化計画 推移表: 乖離値(C) (A−B) under
 * 平成19年度 … 計画最終年度 (平成23年度) and 計画前年度 (平成18年度)): the latest year's is the
 * KPI's difference; each other year's is that year's own, kept as printed and checked against
 * that year's plan (`year-difference-check.ts`), no longer written over by the next one, the
 * last column printed winning. Headers whose difference
 * columns do not each name a year of their own are left as they are.
 */
export function withYearDifferences(
  columns: readonly Column[],
  context: FiscalYearContext,
): Column[] {
  // The cheap test first: most tables print one difference column or none.
  let count = 0;
  for (const c of columns) if (c.role.kind === 'difference') count += 1;
  if (count < 2) return [...columns];
  const years = new Map<number, FiscalYear>();
  for (const c of columns) {
    if (c.role.kind !== 'difference') continue;
    // A difference over a period (軽米町 純減実績 (H11-H16) beside 純減計 (H17-H22)) is each
    // period's own, a group of its own: left as it is.
    if (PERIOD.test(c.label.normalize('NFKC'))) return [...columns];
    const year = headerYear(c.label, context);
    if (year === null || [...years.values()].includes(year)) return [...columns];
    years.set(c.index, year);
  }
  const latest = Math.max(...years.values());
  return columns.map((c) => {
    const year = years.get(c.index);
    if (year === undefined || year === latest || c.role.kind !== 'difference') return c;
    return {
      ...c,
      role: { ...c.role, ofYear: year },
      because: `${c.because}; the difference of ${formatFiscalYear(year)}, not the latest year's: checked against that year's plan where it has one`,
    };
  });
}
