import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

/** A cell's figure and unit ("7校/11校" → 校, "87.0%" → %), or undefined when it holds none. */
function unitOf(cell: string | undefined): string | null | undefined {
  const text = (cell ?? '').trim();
  if (text === '') return undefined;
  const parsed = parseDescribedFigure(text)?.parsed;
  return parsed && parsed.figure.value !== null ? parsed.unit : undefined;
}

/**
 * A column no word names, headed by a year (大子町 「平成26年度進捗状況」), in a table with no
 * column of actuals: when each of its figures is of its row's own unit, the unit of the row's
 * target or baseline (「7校/11校」 beside the target 「13校/13校」, 「87.0%」 beside 「64.0%」),
 * it is what the year reached, the actuals of that year, not a rate. Two filled rows at least,
 * every one a figure written with its row's unit (plain numbers say nothing of what they are: a
 * person says); a role set by hand, or a column a rewrite kept as printed, stays.
 */
export function withOwnUnitYearColumn(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext = {},
): Column[] {
  // The cheap test first: most tables have a column of actuals, or no year column unnamed.
  if (columns.some((c) => c.role.kind === 'actual' || c.role.kind === 'cumulative'))
    return [...columns];
  const reference =
    columns.find((c) => c.role.kind === 'target') ??
    columns.find((c) => c.role.kind === 'baseline');
  if (!reference) return [...columns];
  return columns.map((c) => {
    // A column a rewrite kept as printed (合志市's 成り行き値 line, a projection) stays so.
    if (c.role.kind !== 'other' || c.because === SET_BY_HAND || c.because.startsWith('rewritten'))
      return c;
    const fiscalYear = headerYear(c.label.replace(/\s+/g, ''), context);
    if (fiscalYear === null) return c;
    let filled = 0;
    for (const row of sample) {
      const own = unitOf(row.cells[c.index]);
      if ((row.cells[c.index] ?? '').trim() === '') continue;
      const theirs = unitOf(row.cells[reference.index]);
      // Units written in the cells, alike: plain numbers (「R5 数値」 150 beside 200) say nothing
      // of what they are, a person says.
      if (own === undefined || own === null || theirs === undefined || own !== theirs) return c;
      filled += 1;
    }
    if (filled < 2) return c;
    return {
      ...c,
      role: { kind: 'actual', fiscalYear },
      because: `a year's column whose figures are each of its row's own unit (the ${reference.label}'s), with no column of actuals: what ${formatFiscalYear(fiscalYear)} reached`,
    };
  });
}
