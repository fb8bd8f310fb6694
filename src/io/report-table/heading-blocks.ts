import type { GridRow } from '../grid.ts';
import { isTableRow } from './table-block.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';

/** A block of table rows and the one-cell line just above it (its heading), if any. */
export interface Block {
  readonly heading: GridRow | null;
  readonly rows: readonly GridRow[];
}

/** Whether a cell after a row's first reads as a figure. */
const holdsFigure = (row: GridRow) =>
  row.cells.slice(1).some((c) => c.trim() !== '' && parseDescribedFigure(c) !== undefined);

/**
 * The runs of table rows, each with the line of one cell right above it; a run of one row
 * holding no figure is a line too.
 */
export function blocksOf(rows: readonly GridRow[]): { blocks: Block[]; lines: GridRow[] } {
  const blocks: Block[] = [];
  const lines: GridRow[] = [];
  let run: GridRow[] = [];
  let heading: GridRow | null = null;
  let last: GridRow | null = null;
  const close = () => {
    const [only] = run;
    // A line of a word and a sentence (子ども・子育て 「現 状 | …計3か所で実施」 between a block's
    // heading and its header) is no block: a line, as its heading is.
    if (run.length === 1 && only !== undefined && !holdsFigure(only)) {
      if (heading !== null) lines.push(heading);
      lines.push(only);
    } else if (run.length > 0) blocks.push({ heading, rows: run });
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
