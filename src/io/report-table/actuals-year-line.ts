import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';

/**
 * A year with 実績 right after it, as a sheet heads the figures it reports (相模原市 改善工程表
 * 「■平成26年度実績データ」 under its title 「平成27年度 総合計画進行管理 …」; 「令和5年度実績」,
 * 「R4年度の実績」, 「■2014年度実績データ」): the year of the actuals, not of the sheet.
 */
const ACTUALS_YEAR =
  /((?:令和|平成|[HR])\s*(?:元|\d{1,2})\s*年度?|(?:19[89]\d|20\d\d)\s*年度)\s*(?:の\s*)?実績/;

/**
 * The first line above the table, in its title or its header rows, naming the year of the
 * actuals ({@link ACTUALS_YEAR}), with that year; null when none does. Asked only of a table
 * whose columns of actuals name no year: their own year comes first.
 * @example actualsYearLine([{ row: 1, cells: ['■平成26年度実績データ'] }])?.year // 2014
 */
export function actualsYearLine(
  rows: readonly GridRow[],
  context: FiscalYearContext = {},
): { text: string; year: FiscalYear } | null {
  for (const row of rows)
    for (const cell of row.cells) {
      // The cheap test first: most title and header cells hold no 実績.
      if (!cell.includes('実績')) continue;
      const text = cell.normalize('NFKC');
      const match = ACTUALS_YEAR.exec(text);
      const year = match?.[1] === undefined ? undefined : parseFiscalYear(match[1], context);
      if (year !== undefined) return { text: cell.trim(), year };
    }
  return null;
}
