/** One row of a table file: its 1-based row number in the file and its cells' text. */
export interface GridRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A table file read into text cells, before any meaning is given to them. */
export interface Grid {
  readonly file: string;
  readonly rows: readonly GridRow[];
  /** Of a workbook: the worksheet read, and the others with content, not read. */
  readonly sheets?: { readonly read: string; readonly others: readonly string[] };
}

/** Drops blank rows and comment lines ("# note: …"), keeping the file's row numbers. */
export function contentRows(rows: readonly GridRow[]): GridRow[] {
  return rows.filter((r) => {
    const first = r.cells.find((cell) => cell.trim() !== '');
    return first !== undefined && !(r.cells[0] ?? '').trimStart().startsWith('#');
  });
}

/** How many of a row's cells print something, spaces aside. */
export function filledCount(row: GridRow): number {
  let count = 0;
  for (const cell of row.cells) if (cell.trim() !== '') count += 1;
  return count;
}
