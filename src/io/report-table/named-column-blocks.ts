import { columnLetter } from '../../domain/column-letter.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, headerYear } from './column-role.ts';
import { tableBlock } from './table-block.ts';

/** Where the blocks are: the row labels' columns, then `count` blocks of `size` columns. */
interface Layout {
  readonly shared: number;
  readonly size: number;
  readonly count: number;
}

const FIGURE_ROLES = new Set(['target', 'actual', 'baseline', 'rate', 'cumulative']);

const words = (cell: string | undefined): string =>
  (cell ?? '').normalize('NFKC').replace(/\s+/g, '');

const filledWidth = (row: GridRow): number => {
  let width = row.cells.length;
  while (width > 0 && (row.cells[width - 1] ?? '').trim() === '') width -= 1;
  return width;
};

/**
 * The blocks a line names over a header (子ども・子育て 「地区 | ①保育所定員 | | | ②放課後児童クラブ定員
 * | |」 over 「 | 計画 | 実績 | 達成率 | 計画 | 実績 | 達成率」): the line's cells right of the row
 * labels sit each at a block's first column, evenly spaced, and nowhere else; the header prints
 * the same words over every block, no year, two or more of them a figure's or a rate's; a name is
 * no year nor a role's word (a header of years over their kinds, or of kinds over years, is read
 * as columns of years). Null otherwise; the first
 * tests are the cheap ones, as this runs on every table.
 */
function namedLayout(names: GridRow, header: GridRow): Layout | null {
  let shared = 0;
  while (shared < header.cells.length && (header.cells[shared] ?? '').trim() === '') shared += 1;
  if (shared === 0 || shared > 2) return null;
  const starts: number[] = [];
  for (let c = shared; c < names.cells.length; c += 1)
    if ((names.cells[c] ?? '').trim() !== '') starts.push(c);
  if (starts.length < 2 || starts[0] !== shared) return null;
  const size = (starts[1] ?? 0) - shared;
  if (size < 2 || starts.some((s, k) => s !== shared + k * size)) return null;
  const count = starts.length;
  const width = filledWidth(header);
  if (width > shared + count * size || width <= shared + (count - 1) * size) return null;
  for (let i = 0; i < size; i += 1)
    for (let k = 1; k < count; k += 1)
      if (words(header.cells[shared + i]) !== words(header.cells[shared + k * size + i]))
        return null;
  let known = 0;
  for (let i = 0; i < size; i += 1) {
    const cell = words(header.cells[shared + i]);
    if (headerYear(cell) !== null) return null;
    if (FIGURE_ROLES.has(classifyHeader(cell).role.kind)) known += 1;
  }
  if (known < 2) return null;
  // Each name names a thing measured, not a kind of figure (介護保険事業計画 「第8期計画値 | | | 実績値」
  // over years) nor a year.
  const named = (s: number) => {
    const name = words(names.cells[s]);
    return headerYear(name) === null && classifyHeader(name).role.kind === 'other';
  };
  if (!starts.every(named)) return null;
  return { shared, size, count };
}

/**
 * Blocks of the same columns side by side under a line naming each block, the row labels shared
 * (子ども・子育て支援事業計画 「①保育所定員」 and 「②放課後児童クラブ定員」, each 計画 | 実績 | 達成率, one
 * row per 地区): each block read as the KPIs of its name, a row per label, one block under the
 * other; the block's name a theme in a column of its own after the labels, the label the KPI's
 * name. The header
 * is read once, over the first block, the others' words its copies. Null unless every row is as
 * wide as the blocks and labelled.
 */
export function splitNamedColumnBlocks(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block || block.body.length < 2) return null;
  const names = block.header;
  const header = block.body[0] as GridRow;
  const layout = namedLayout(names, header);
  if (layout === null) return null;
  const { shared, size, count } = layout;
  const body = block.body.slice(1);
  const end = shared + count * size;
  const labelled = (line: GridRow) =>
    line.cells.slice(0, shared).some((cell) => cell.trim() !== '');
  if (!body.every((line) => filledWidth(line) <= end && labelled(line))) return null;
  const origins = new Origins();
  const out = origins.keepAll(block.above);
  const headerLine = out.length + 1;
  // The row labels' columns, then the blocks' names (a column of its own), then one block.
  const nameColumn = shared + 1;
  const headerCells: string[] = [];
  for (let c = 0; c < shared + size; c += 1) {
    const corner = c < shared && (header.cells[c] ?? '').trim() === '';
    const from = corner ? names : header;
    origins.set(headerLine, c < shared ? c + 1 : c + 2, { row: from.row, column: c + 1 });
    if (c === shared) headerCells.push('');
    headerCells.push(from.cells[c] ?? '');
  }
  out.push({ row: headerLine, cells: headerCells });
  for (let k = 0; k < count; k += 1) {
    const start = shared + k * size;
    for (const line of body) {
      const row = out.length + 1;
      const cells: string[] = [];
      for (let c = 0; c < shared; c += 1) {
        origins.set(row, c + 1, { row: line.row, column: c + 1 });
        cells.push(line.cells[c] ?? '');
      }
      origins.set(row, nameColumn, { row: names.row, column: start + 1 });
      cells.push(names.cells[start] ?? '');
      for (let j = 0; j < size; j += 1) {
        origins.set(row, nameColumn + j + 1, { row: line.row, column: start + j + 1 });
        cells.push(line.cells[start + j] ?? '');
      }
      out.push({ row, cells });
    }
  }
  origins.append(out, block.below);
  const because = 'rewritten from blocks side by side, each named on the line above the header';
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) =>
      column > nameColumn
        ? `columns ${Array.from({ length: count }, (_, k) => columnLetter(column - 1 + k * size)).join(', ')}, one block a name`
        : null,
    made: (row, column) => row === headerLine && column === nameColumn,
    given: (row, column) => {
      if (row !== headerLine) return null;
      if (column === nameColumn) return { role: 'theme', because };
      return column === shared ? { role: 'kpi', because } : null;
    },
    copies: (row, column) =>
      row === headerLine && column > nameColumn
        ? Array.from({ length: count - 1 }, (_, k) => ({
            row: header.row,
            column: column - 1 + (k + 1) * size,
          }))
        : [],
  };
}
