import type { GridRow } from '../grid.ts';
import { isTableRow } from './table-block.ts';

/** A block of table rows and the one-cell line just above it (its heading), if any. */
export interface Block {
  readonly heading: GridRow | null;
  readonly rows: readonly GridRow[];
}

/** The runs of table rows, each with the line of one cell right above it. */
export function blocksOf(rows: readonly GridRow[]): { blocks: Block[]; lines: GridRow[] } {
  const blocks: Block[] = [];
  const lines: GridRow[] = [];
  let run: GridRow[] = [];
  let heading: GridRow | null = null;
  let last: GridRow | null = null;
  const close = () => {
    if (run.length > 0) blocks.push({ heading, rows: run });
    run = [];
    heading = null;
  };
  for (const row of rows) {
    if (isTableRow(row)) {
      if (run.length === 0 && last !== null && !isTableRow(last)) {
        heading = last;
        lines.pop();
      }
      run.push(row);
    } else {
      close();
      lines.push(row);
    }
    last = row;
  }
  close();
  return { blocks, lines };
}

/** Two rows' cells alike, spaces aside. */
export const sameCells = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cell, i) => cell.trim() === (b[i] ?? '').trim());
