import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import type { TableBlock } from './table-block.ts';

/** A line of the table's body with its first cell split in two: the KPI's name and the line's word. */
export interface SplitLine {
  readonly row: GridRow;
  /** The KPI's name on its first line, else ''. */
  readonly name: string;
  readonly word: string;
}

/**
 * A table whose first column is split in two (「訪問介護 計画」 → 訪問介護 | 計画; 「計画職員数」 →
 * 計画職員数's name | the label whole): the lines above kept, the header's first cell over an
 * empty one it makes, each line's two parts side by side and its other cells after them; each
 * part stands for the first cell of its file row, listed as that cell where left unplaced.
 */
export function splitFirstColumn(
  block: TableBlock,
  lines: readonly SplitLine[],
  readAs: string,
): TurnedTable {
  const origins = new Origins();
  const out = origins.keepAll(block.above);
  const headerRow = out.length + 1;
  const whole = new Map<number, string>();
  const split = (from: GridRow, first: string, second: string | null) => {
    const row = out.length + 1;
    origins.set(row, 1, { row: from.row, column: 1 });
    if (second !== null) {
      origins.set(row, 2, { row: from.row, column: 1 });
      whole.set(row, from.cells[0] ?? '');
    }
    from.cells
      .slice(1)
      .forEach((_, c) => origins.set(row, c + 3, { row: from.row, column: c + 2 }));
    out.push({ row, cells: [first, second ?? '', ...from.cells.slice(1)] });
  };
  split(block.header, block.header.cells[0] ?? '', null);
  for (const line of lines) split(line.row, line.name, line.word);
  origins.append(out, block.below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: block.header.row,
    readAs: (column) => (column <= 2 ? readAs : null),
    made: (row, column) => row === headerRow && column === 2,
    printed: (row, column) => (column <= 2 ? (whole.get(row) ?? null) : null),
  };
}
