import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';
import { headerDate } from './column-role.ts';
import type { AlignedRow } from './row-alignment.ts';

/**
 * The latest year the actuals' own cells print, in a column of actuals whose header names no
 * year (「61.2%（R4）」 under 実績), or a column of years beside them prints for them (実績値 43.1 |
 * 実績年 H30): the year those figures were measured, so the report's. Null when no such cell
 * prints one. The column is the one printing the year: the actuals', or the years' beside them.
 * @example latestCellYear(columns, rows, context) // { year: 2022, column: <実績> } from 「61.2%（R4）」
 */
export function latestCellYear(
  columns: readonly Column[],
  rows: readonly AlignedRow[],
  context: FiscalYearContext,
): { readonly year: FiscalYear; readonly column: Column } | null {
  let latest: { year: FiscalYear; column: Column } | null = null;
  const yearless = (c: Column | undefined) =>
    c !== undefined && c.role.kind === 'actual' && c.role.fiscalYear === null;
  for (const column of columns) {
    const figures = column.yearsOf === undefined ? undefined : columns[column.yearsOf];
    if (figures !== undefined && yearless(figures)) {
      for (const row of rows) {
        const cell = (row.cells[column.index] ?? '').trim();
        // A year (H30), or a date's or month's (「R5.10」: its fiscal year), as the rows read them.
        const year = parseFiscalYear(cell, context) ?? headerDate(cell) ?? undefined;
        if (year !== undefined && (latest === null || year > latest.year))
          latest = { year, column };
      }
      continue;
    }
    if (!yearless(column)) continue;
    // A year alone under the figure above (「80.9歳」 over 「（R1）」, a PDF's cell wrapped).
    for (const [r, row] of rows.entries()) {
      const text = (row.cells[column.index] ?? '').trim();
      if (!/^[(（].*[)）]$/.test(text) || !/\d/.test(rows[r - 1]?.cells[column.index] ?? ''))
        continue;
      const year = parseFiscalYear(text.slice(1, -1).trim(), context);
      if (year !== undefined && (latest === null || year > latest.year)) latest = { year, column };
    }
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
