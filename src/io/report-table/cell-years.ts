import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';
import type { AlignedRow } from './row-alignment.ts';

/**
 * The latest year the actuals' own cells print, in a column of actuals whose header names no
 * year (「61.2%（R4）」 under 実績): the year those figures were measured, so the report's.
 * Null when no such cell prints one.
 * @example latestCellYear(columns, rows) // { year: 2022, column: <実績> } from 「61.2%（R4）」
 */
export function latestCellYear(
  columns: readonly Column[],
  rows: readonly AlignedRow[],
): { readonly year: FiscalYear; readonly column: Column } | null {
  let latest: { year: FiscalYear; column: Column } | null = null;
  for (const column of columns) {
    if (column.role.kind !== 'actual' || column.role.fiscalYear !== null) continue;
    for (const row of rows) {
      const text = row.cells[column.index] ?? '';
      // The cheap test first: a year is written with a letter of an era or 年.
      if (!/[HRＨＲ年元]/u.test(text)) continue;
      const year = parseDescribedFigure(text)?.fiscalYear ?? null;
      if (year !== null && (latest === null || year > latest.year)) latest = { year, column };
    }
  }
  return latest;
}
