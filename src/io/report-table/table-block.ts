import type { GridRow } from '../grid.ts';

/** The one block of a table: its lines of one cell above and below, its header and its rows. */
export interface TableBlock {
  readonly above: readonly GridRow[];
  readonly header: GridRow;
  readonly body: readonly GridRow[];
  readonly below: readonly GridRow[];
}

/** A row of two or more filled cells: a row of the table, not a title or a note. */
export function isTableRow(row: GridRow): boolean {
  // A loop that stops at the second: this runs on every row of every table, more than once.
  let filled = 0;
  for (const cell of row.cells) if (cell.trim() !== '' && ++filled >= 2) return true;
  return false;
}

/**
 * The rows of two or more cells, the first of them the header, with the lines of one cell
 * around them (a title above, 杵築市 "(単位:千円)" below). Null when there is none, or when a
 * second block follows the lines below the first.
 */
export function tableBlock(rows: readonly GridRow[]): TableBlock | null {
  const start = rows.findIndex(isTableRow);
  const header = rows[start];
  if (!header) return null;
  let end = start + 1;
  while (end < rows.length && isTableRow(rows[end] as GridRow)) end += 1;
  const below = rows.slice(end);
  if (below.some(isTableRow)) return null;
  return { above: rows.slice(0, start), header, body: rows.slice(start + 1, end), below };
}
