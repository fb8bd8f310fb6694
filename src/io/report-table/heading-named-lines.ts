import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import type { Block } from './heading-blocks.ts';
import { headingNameAt, headingOtherCells, headingText } from './heading-blocks.ts';
import { classifyHeader } from './column-role.ts';
import { statesUnitOnly } from './unit-statement.ts';

const REWRITTEN = 'rewritten from blocks under one header, each line named by its heading';

/**
 * A line of figures with no label: every filled cell a figure, the first one too, or the first a
 * statement of the unit (武蔵野市 経営目標評価シート 「(単位: 件 )」 under 過去の実績); a cell under a
 * header naming a grade (達成状況) may hold its words.
 */
function unlabelled(line: GridRow | undefined, header: GridRow | undefined): boolean {
  const first = (line?.cells[0] ?? '').trim();
  if (!line || first === '') return false;
  const graded = (c: number) => classifyHeader(header?.cells[c] ?? '').role.kind === 'grade';
  return line.cells.every(
    (cell, c) =>
      cell.trim() === '' ||
      parseDescribedFigure(cell) !== undefined ||
      (c === 0 && statesUnitOnly(cell) && line.cells.slice(1).some(isFigureCell)) ||
      (c > 0 && graded(c)),
  );
}

const isFigureCell = (cell: string) =>
  cell.trim() !== '' && parseDescribedFigure(cell) !== undefined;

/**
 * Blocks under one header printed again, each under its heading, whose one line is figures
 * with no label (群馬県 観光活性化計画: the indicator's name, then 当初現況値(平成25年度当初) |
 * 最終目標値(平成29年度末) | 最終実績値(平成29年度末), then 4,481万人 | 4,730万人 | 4,913万人): each
 * line is a KPI named by its heading, in a column the rewrite makes before the header's (its
 * header cell made, not printed). Null unless every block is so: a line with a label of its own
 * is a KPI by that label (福島市).
 */
export function headingNamedLines(
  blocks: readonly Block[],
  lines: readonly GridRow[],
): TurnedTable | null {
  if (
    !blocks.every(
      (b) => b.heading !== null && b.rows.length === 2 && unlabelled(b.rows[1], b.rows[0]),
    )
  )
    return null;
  const header = blocks[0]?.rows[0] as GridRow;
  const origins = new Origins();
  // The lines outside the blocks are title lines, a form's field (「団体名 | 武蔵野市民防災協会」)
  // written as one line of its words, so that none is read into the header made below.
  const titleCells = new Map<number, CellOrigin[]>();
  const out = origins.keepAll(lines).map((line, i) => {
    const filled = line.cells.flatMap((cell, c) => (cell.trim() === '' ? [] : [c]));
    const [first, ...others] = filled;
    if (first === undefined || others.length === 0) return line;
    const from = lines[i] as GridRow;
    origins.set(line.row, 1, { row: from.row, column: first + 1 });
    titleCells.set(
      line.row,
      others.map((c) => ({ row: from.row, column: c + 1 })),
    );
    return { row: line.row, cells: [filled.map((c) => (line.cells[c] ?? '').trim()).join(' ')] };
  });
  const headerRow = out.length + 1;
  out.push({ row: headerRow, cells: ['', ...header.cells] });
  header.cells.forEach((_, c) => origins.set(headerRow, c + 2, { row: header.row, column: c + 1 }));
  origins.set(headerRow, 1, { row: header.row, column: 1 });
  const headingCells = new Map<number, CellOrigin[]>();
  for (const block of blocks) {
    const [heading, line] = [block.heading as GridRow, block.rows[1] as GridRow];
    const at = headingNameAt(heading);
    const row = out.length + 1;
    origins.set(row, 1, { row: heading.row, column: at + 1 });
    headingCells.set(row, headingOtherCells(heading));
    line.cells.forEach((_, c) => origins.set(row, c + 2, { row: line.row, column: c + 1 }));
    // A unit stated in the line's first cell (「(単位: 件 )」) is the unit its figures print
    // (5,000件): read with the name, as its copy, not a figure of the line.
    const unit = statesUnitOnly(line.cells[0] ?? '');
    if (unit) headingCells.set(row, [...headingOtherCells(heading), { row: line.row, column: 1 }]);
    out.push({
      row,
      cells: [headingText(heading), ...(unit ? ['', ...line.cells.slice(1)] : line.cells)],
    });
  }
  const copies = (column: number): CellOrigin[] =>
    column < 2
      ? []
      : blocks
          .slice(1)
          .flatMap((b) => (b.rows[0] ? [{ row: b.rows[0].row, column: column - 1 }] : []));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: () => null,
    made: (row, column) => row === headerRow && column === 1,
    copies: (row, column) =>
      row === headerRow
        ? copies(column)
        : column === 1
          ? (headingCells.get(row) ?? titleCells.get(row) ?? [])
          : [],
    given: (row, column) =>
      row === headerRow && column === 1 ? { role: 'kpi', because: REWRITTEN } : null,
  };
}
