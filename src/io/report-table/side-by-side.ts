import { columnLetter } from '../../domain/column-letter.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { tableBlock } from './table-block.ts';

/** What a cell holds, as far as telling two blocks of the same columns apart needs. */
type CellKind = 'empty' | 'rate' | 'figure' | 'text';

const DASH = /^[-―—–ー‐−]+$/;
const RATE = /\d\s*(?:%|パーセント|ポイント)\)?$/;
const FIGURE = /^[△▲+\-−(]?\s*\d/;

function cellKind(raw: string): CellKind {
  const cell = raw.trim();
  if (cell === '' || DASH.test(cell)) return 'empty';
  const normal = cell.normalize('NFKC');
  if (RATE.test(normal)) return 'rate';
  return FIGURE.test(normal) ? 'figure' : 'text';
}

/** The blocks' place: the columns every KPI shares (a policy), then two blocks of `size`. */
interface Blocks {
  readonly shared: number;
  readonly size: number;
}

const filledWidth = (row: GridRow): number => {
  let width = row.cells.length;
  while (width > 0 && (row.cells[width - 1] ?? '').trim() === '') width -= 1;
  return width;
};

const blockEmpty = (row: GridRow, from: number, size: number): boolean => {
  for (let c = from; c < from + size; c += 1)
    if (cellKind(row.cells[c] ?? '') !== 'empty') return false;
  return true;
};

const blockBlank = (row: GridRow, from: number, size: number): boolean => {
  for (let c = from; c < from + size; c += 1) if ((row.cells[c] ?? '').trim() !== '') return false;
  return true;
};

/**
 * Whether the body's rows are two blocks of the same columns: in every row the second block's
 * cells are of the kinds of the first's (a name, then figures and rates in the same order; a
 * cell left empty matches any), or the second block is empty (the last KPI alone) but in one
 * row at least; each block
 * names its KPI in text and holds two figures or rates. Row by row, stopping at the first
 * that rules the blocks out: this runs on every table.
 */
function sameBlocks(body: readonly GridRow[], { shared, size }: Blocks): boolean {
  const kinds: CellKind[] = Array.from({ length: size }, () => 'empty');
  let paired = false;
  for (const row of body) {
    const right = shared + size;
    if (blockEmpty(row, shared, size)) return false;
    const alone = blockEmpty(row, right, size);
    paired ||= !alone;
    for (let i = 0; i < size; i += 1) {
      const left = cellKind(row.cells[shared + i] ?? '');
      const other = alone ? 'empty' : cellKind(row.cells[right + i] ?? '');
      if (left !== 'empty' && other !== 'empty' && left !== other) return false;
      const seen = left === 'empty' ? other : left;
      if (seen === 'empty') continue;
      if (kinds[i] === 'empty') kinds[i] = seen;
      else if (kinds[i] !== seen) return false;
    }
    if (
      !alone &&
      (cellKind(row.cells[shared] ?? '') !== 'text' || cellKind(row.cells[right] ?? '') !== 'text')
    )
      return false;
  }
  return (
    paired && kinds[0] === 'text' && kinds.filter((k) => k === 'figure' || k === 'rate').length >= 2
  );
}

/** The header's words do not contradict the blocks: a column and its twin name no two roles. */
function headerAgrees(header: GridRow, { shared, size }: Blocks): boolean {
  for (let i = 0; i < size; i += 1) {
    const left = classifyHeader(header.cells[shared + i] ?? '').role.kind;
    const right = classifyHeader(header.cells[shared + size + i] ?? '').role.kind;
    if (left !== 'other' && right !== 'other' && left !== right) return false;
  }
  return true;
}

/**
 * The blocks the header and the first row are as wide as, when every row is two of them and no
 * row is wider. The widths of the other rows are read only for blocks found (this runs on
 * every table).
 */
function findBlocks(header: GridRow, body: readonly GridRow[]): Blocks | null {
  const width = Math.max(filledWidth(header), body[0] ? filledWidth(body[0]) : 0);
  for (let shared = 0; shared <= 2; shared += 1) {
    const size = (width - shared) / 2;
    if (!Number.isInteger(size) || size < 3) continue;
    const blocks = { shared, size };
    if (!headerAgrees(header, blocks) || !sameBlocks(body, blocks)) continue;
    return body.every((r) => filledWidth(r) <= width) ? blocks : null;
  }
  return null;
}

/** A block's mark on its header cell: 「①指標」, 「指標②」 (before NFKC, which makes ① a 1). */
const CIRCLED_MARK = /^[\u2460-\u2473]|[\u2460-\u2473]$/g;
/** The same in digits: 「(1)指標」, 「1.指標」 (after NFKC, so also 「（１）」, 「１．」). */
const NUMBER_MARK = /^(?:\(\d{1,2}\)|\d{1,2}[.)])/;

/** Whether the second block's header repeats the first's words, its block mark aside (「①指標」 「②指標」). */
function repeatsHeader(header: GridRow, { shared, size }: Blocks): boolean {
  const words = (c: number) =>
    (header.cells[c] ?? '')
      .replace(CIRCLED_MARK, '')
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(NUMBER_MARK, '');
  for (let i = 0; i < size; i += 1)
    if (words(shared + i) !== words(shared + size + i)) return false;
  return true;
}

/** A line over the header naming each block (「指標①」 「指標②」), its cells at the blocks' starts. */
function namesBlocks(row: GridRow, { shared, size }: Blocks): boolean {
  return row.cells.every((cell, c) => cell.trim() === '' || c === shared || c === shared + size);
}

/**
 * Two KPIs side by side in one row (two blocks ① ②, each with its own name, figure and rate
 * columns): each row read as two, the first block's KPI then the second's, under one header.
 * The blocks are found by what their cells hold, the header's words only refuting them (a
 * column whose twin names another role); the columns before the blocks (a policy) belong to
 * the row's first KPI and the second continues under it. The second block's header is read as a
 * second header line under the first's; a line naming the blocks above the header is kept as two
 * title lines. Null unless every row is two such blocks (the second may
 * be empty in the last row).
 */
export function splitSideBySide(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block || block.body.length === 0) return null;
  let { header, body } = block;
  let blocks = findBlocks(header, body);
  let names: GridRow | null = null;
  if (!blocks && body.length > 1) {
    const below = body[0] as GridRow;
    blocks = findBlocks(below, body.slice(1));
    if (!blocks || !namesBlocks(header, blocks)) return null;
    names = header;
    header = below;
    body = body.slice(1);
  }
  if (!blocks) return null;
  const { shared, size } = blocks;
  const origins = new Origins();
  const out = origins.keepAll(block.above);
  if (names) {
    for (const c of [shared, shared + size]) {
      if ((names.cells[c] ?? '').trim() === '') continue;
      origins.set(out.length + 1, 1, { row: names.row, column: c + 1 });
      out.push({ row: out.length + 1, cells: [names.cells[c] ?? ''] });
    }
  }
  // The two blocks' headers, one over the other: both read as the header, every cell of it kept;
  // a second block's header that repeats the first's words is read once, its cells the copies.
  const repeated = repeatsHeader(header, blocks);
  const headerLine = out.length + 1;
  for (const start of repeated ? [shared] : [shared, shared + size]) {
    const row = out.length + 1;
    const cells: string[] = [];
    for (let c = 0; c < shared + size; c += 1) {
      const from = c < shared ? (start === shared ? c : -1) : start + c - shared;
      if (from >= 0) origins.set(row, c + 1, { row: header.row, column: from + 1 });
      cells.push(from >= 0 ? (header.cells[from] ?? '') : '');
    }
    out.push({ row, cells });
  }
  for (const line of body) {
    for (const start of [shared, shared + size]) {
      // A second block of no cell at all is no KPI; one of dashes only is read (its cells kept).
      if (start > shared && blockBlank(line, start, size)) continue;
      const row = out.length + 1;
      const cells: string[] = [];
      for (let c = 0; c < shared; c += 1) {
        origins.set(row, c + 1, { row: line.row, column: c + 1 });
        cells.push(start === shared ? (line.cells[c] ?? '') : '');
      }
      for (let i = 0; i < size; i += 1) {
        origins.set(row, shared + i + 1, { row: line.row, column: start + i + 1 });
        cells.push(line.cells[start + i] ?? '');
      }
      out.push({ row, cells });
    }
  }
  const belowStart = out.length + 1;
  block.below.forEach((line, i) => origins.keep(belowStart + i, line));
  out.push(...block.below.map((line, i) => ({ row: belowStart + i, cells: line.cells })));
  const twin = (column: number) =>
    column > shared
      ? `columns ${columnLetter(column)} and ${columnLetter(column + size)}, two KPIs side by side`
      : null;
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: twin,
    copies: (row, column) =>
      repeated && row === headerLine && column > shared
        ? [{ row: header.row, column: column + size }]
        : [],
  };
}
