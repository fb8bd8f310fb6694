import type { GridRow } from '../grid.ts';
import type { Column, HeaderMap } from './header-map.ts';

/** A list of indicator numbers in one cell: 千葉県 「37、39、40、41、56、57」, "24, 25". */
const NUMBER_LIST = /^\d{1,4}(?:\s*[、,，・]\s*\d{1,4})+$/;

/** How many numbers a cell lists; 0 when it is no list of numbers. */
function listLength(cell: string): number {
  const text = cell.trim();
  return NUMBER_LIST.test(text) ? text.split(/[、,，・]/).length : 0;
}

/**
 * Why a table is a summary of indicators per class (千葉県 国土強靱化地域計画 進捗状況: 指標の分類 |
 * 指標数 | 指標番号, 「目標年度までに計画を作成する等 | 6 | 37、39、40、41、56、57」): beside a column
 * counting indicators, a column listing their numbers, and in every row with a list the count
 * is how many it lists. Null when it is not that.
 */
export function listedIndicatorsReason(
  counting: Column,
  header: HeaderMap,
  data: readonly GridRow[],
): string | null {
  const rows = data.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  for (const listing of header.columns) {
    if (listing.index === counting.index) continue;
    const listed = rows.filter((r) => listLength(r.cells[listing.index] ?? '') > 0);
    if (listed.length < 2 || listed.length < rows.length / 2) continue;
    const counted = (r: GridRow) =>
      Number((r.cells[counting.index] ?? '').trim()) === listLength(r.cells[listing.index] ?? '');
    if (!listed.every(counted)) continue;
    const example = listed[0] as GridRow;
    return (
      `not a KPI table: a summary of indicators per class ("${counting.label.trim()}" counting ` +
      `the indicators "${listing.label.trim()}" lists, such as ` +
      `"${(example.cells[listing.index] ?? '').trim()}" in row ${example.row}), not the figures of each KPI`
    );
  }
  return null;
}
