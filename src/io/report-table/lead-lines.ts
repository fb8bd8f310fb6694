import type { GridRow } from '../grid.ts';
import type { TableBlock } from './table-block.ts';

/** How many rows from a block's start tell its width. */
const HEAD_ROWS = 16;

/** The column after a row's last filled cell (0 for an empty row). */
function filledWidth(row: GridRow): number {
  for (let c = row.cells.length - 1; c >= 0; c -= 1)
    if ((row.cells[c] ?? '').trim() !== '') return c + 1;
  return 0;
}

/**
 * How many rows at the start of a block are lines of a sheet's heading, not its table: a label
 * and its value or two (施策マネジメントシート 「基本目標 | Ⅱ | 豊かな自然と共生するまち」, 「施策 |
 * 19 | 循環型社会づくりの推進」) over a table more than twice as wide. A header's first line spans
 * the table, so it is never one.
 */
export function headingLineCount(block: readonly GridRow[]): number {
  // The table's width from its first rows: this runs on every block of every table, and a
  // sheet's heading lines are a few rows above the header.
  let widest = 0;
  for (let r = 0; r < Math.min(block.length, HEAD_ROWS); r += 1)
    widest = Math.max(widest, filledWidth(block[r] as GridRow));
  let count = 0;
  while (count < block.length - 2 && filledWidth(block[count] as GridRow) * 2 < widest) count += 1;
  return count;
}

/**
 * The block with its sheet's heading lines (see {@link headingLineCount}) moved above its
 * header: a KPI's lines under a 施策マネジメントシート's 「基本目標 | Ⅱ | …」 are read under the
 * header of years, not under the heading line.
 */
export function withHeadingLinesAbove(block: TableBlock | null): TableBlock | null {
  if (block === null) return null;
  const rows = [block.header, ...block.body];
  const count = headingLineCount(rows);
  if (count === 0) return block;
  const header = rows[count] as GridRow;
  return {
    ...block,
    above: [...block.above, ...rows.slice(0, count)],
    header,
    body: rows.slice(count + 1),
  };
}
