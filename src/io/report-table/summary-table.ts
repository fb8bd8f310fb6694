import type { GridRow } from '../grid.ts';
import type { HeaderMap } from './header-map.ts';

/** A count with its share of the row, in one cell: 安平町 "7 (31.8%)". */
const COUNT_AND_SHARE = /^\d[\d,]*\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$/;
/** A header counting indicators, not measuring one: 指標本数, 指標数, 件数. */
const COUNT_HEADER = /指標(本)?数|^件数$|^本数$/;

/**
 * Why a table with no column of actuals is not a KPI table but a summary of one, as a
 * dashboard prints it (安平町: the number of indicators in each status class per policy area,
 * "指標本数" and cells such as "7 (31.8%)"), naming the example cell; null when it is not that.
 */
export function summaryTableReason(header: HeaderMap, data: readonly GridRow[]): string | null {
  const counting = header.columns.find((c) => COUNT_HEADER.test(c.label.replace(/\s+/g, '')));
  const row = data.find((r) => r.cells.some((cell) => COUNT_AND_SHARE.test(cell.trim())));
  const share = row?.cells.find((cell) => COUNT_AND_SHARE.test(cell.trim()));
  if (!counting || !row || share === undefined) return null;
  return (
    `not a KPI table: a summary of indicator counts per class ("${counting.label.trim()}", ` +
    `counts with their shares such as "${share.trim()}" in row ${row.row}), not the figures of each KPI`
  );
}
