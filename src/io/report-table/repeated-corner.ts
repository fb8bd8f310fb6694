import type { GridRow } from '../grid.ts';

/** One part of a table printed in parts: its header and its rows. */
export interface TablePart {
  readonly header: GridRow;
  readonly body: readonly GridRow[];
}

// An empty cell (most rows' first, in a table of tree columns) is left as it is, unread.
const squeeze = (s: string) => (s === '' ? '' : s.normalize('NFKC').replace(/\s+/g, ''));

/**
 * A table printed in parts one under another, each under a header that starts with the same
 * corner cell, over the same rows (滋賀県 「調査時点 | 機関数 | 委員数(うち女性委員) | 女性委員の割合」,
 * then 「調査時点 | 機関数 | 女性委員割合40%達成 | …」 over the same three dates): its parts, each
 * with its rows, to be read side by side as one table. Null when the corner is not printed again,
 * or a part lists other row labels than the first (two tables, not one in parts).
 */
export function repeatedCornerParts(header: GridRow, body: readonly GridRow[]): TablePart[] | null {
  const corner = squeeze(header.cells[0] ?? '');
  if (corner === '') return null;
  const parts: { header: GridRow; body: GridRow[] }[] = [];
  let current: { header: GridRow; body: GridRow[] } = { header, body: [] };
  for (const row of body) {
    if (squeeze(row.cells[0] ?? '') !== corner) {
      current.body.push(row);
      continue;
    }
    parts.push(current);
    current = { header: row, body: [] };
  }
  if (parts.length === 0) return null;
  parts.push(current);
  const labels = (part: TablePart) => part.body.map((r) => squeeze(r.cells[0] ?? '')).join('\n');
  const first = labels(parts[0] as TablePart);
  if (first === '' || parts.some((p) => labels(p) !== first)) return null;
  return parts;
}
