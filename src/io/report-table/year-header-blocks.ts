import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, headerYear } from './column-role.ts';

/** How a header cell naming a year can start, before any regex: an era, its letter, a digit. */
const YEAR_START = /^[平令昭HRSＨＲ\d０-９]/;

/** Roles a year column of such a block takes from the words in brackets after its year. */
const YEAR_ROLES = new Set(['baseline', 'actual', 'target']);

/** How many rows a table may have above its first block (a title, the lead lines). */
const MAX_ABOVE = 8;

/** How the rewrite says where the KPI column comes from. */
const REWRITTEN = 'rewritten from blocks each under its heading and a header of years';

const filled = (row: GridRow) => row.cells.filter((c) => c.trim() !== '');

/**
 * A year column's key: its year, and whether it is the base, the target or a year's count
 * (a 現状値 is the count reached, 平成 28 (現状値) one column with 平成 28).
 */
function yearKey(cell: string): string | null {
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  if (!YEAR_START.test(text) || headerYear(text) === null) return null;
  const { role } = classifyHeader(text);
  if (!YEAR_ROLES.has(role.kind) || !('fiscalYear' in role) || role.fiscalYear === null)
    return null;
  const kind = role.kind === 'baseline' && /現状|現況/.test(text) ? 'actual' : role.kind;
  return `${role.fiscalYear}:${kind}`;
}

/** A header of two or more years, each with its role in brackets or none (平成 25 (基準値) | 平成 27). */
function yearHeaderKeys(row: GridRow): (string | null)[] | null {
  if (filled(row).length < 2) return null;
  const keys = row.cells.map((c) => (c.trim() === '' ? null : yearKey(c)));
  return keys.every((k, i) => k !== null || (row.cells[i] ?? '').trim() === '') ? keys : null;
}

/** A line of figures with no label (5.5‰ | 5.4‰ | 5.0‰ | 5.9‰), no wider than its header. */
function isFigureLine(row: GridRow, width: number): boolean {
  const cells = filled(row);
  if (cells.length === 0 || row.cells.length > width + 1) return false;
  return cells.every((c) => headerYear(c) === null && parseDescribedFigure(c) !== undefined);
}

/** A heading: one cell, first in its row, no figure (数値目標① 婚姻率). */
function isHeading(row: GridRow): boolean {
  const cells = filled(row);
  return cells.length === 1 && (row.cells[0] ?? '').trim() !== '' && !isFigureLine(row, 1);
}

interface YearBlock {
  readonly heading: GridRow;
  readonly header: GridRow;
  readonly keys: readonly (string | null)[];
  readonly figures: GridRow;
  /** Lines of one cell after the figures (参考) …): kept after the KPI's row. */
  readonly after: GridRow[];
}

function blockAt(rows: readonly GridRow[], i: number): YearBlock | null {
  const [heading, header, figures] = [rows[i], rows[i + 1], rows[i + 2]];
  if (!heading || !header || !figures || !isHeading(heading)) return null;
  const keys = yearHeaderKeys(header);
  if (!keys || !isFigureLine(figures, keys.length)) return null;
  return { heading, header, keys, figures, after: [] };
}

/** The blocks from the first one on, or null when a row after it fits none. */
function blocksOf(rows: readonly GridRow[]): { above: GridRow[]; blocks: YearBlock[] } | null {
  let start = -1;
  for (let i = 0; i < Math.min(rows.length, MAX_ABOVE + 1); i += 1)
    if (blockAt(rows, i)) {
      start = i;
      break;
    }
  if (start < 0) return null;
  const blocks: YearBlock[] = [];
  let i = start;
  while (i < rows.length) {
    const block = blockAt(rows, i);
    if (block) {
      blocks.push(block);
      i += 3;
      continue;
    }
    const row = rows[i] as GridRow;
    const last = blocks.at(-1);
    if (!last || filled(row).length > 1) return null;
    if (filled(row).length === 1) last.after.push(row);
    i += 1;
  }
  return { above: rows.slice(0, start), blocks };
}

const keyOrder = (a: string, b: string) => {
  const rank = (k: string) => ['baseline', 'actual', 'target'].indexOf(k.split(':')[1] ?? '');
  const year = (k: string) => Number(k.split(':')[0]);
  return year(a) - year(b) || rank(a) - rank(b);
};

/**
 * A table printed as one block per KPI, each under its heading (松戸市 総合戦略 「数値目標① 婚姻率」)
 * with a header of years of its own, each year with its role in brackets or none (平成 25 (基準値)
 * | 平成 27 | 平成 28 (現状値) | 平成 31 (目標値)), then a line of figures with no label, then
 * lines of one cell (参考) …): read as one table, a KPI per block named by its heading, under
 * the years of all the blocks (a year printed in several headers one column), the lines of
 * one cell kept after their KPI's row. Null for any other table.
 */
export function readYearHeaderBlocks(rows: readonly GridRow[]): TurnedTable | null {
  const found = blocksOf(rows);
  if (!found) return null;
  const { above, blocks } = found;
  const union = [...new Set(blocks.flatMap((b) => b.keys.filter((k) => k !== null)))].sort(
    keyOrder,
  );
  const origins = new Origins();
  const out = origins.keepAll(above);
  const headerRow = out.length + 1;
  const firstAt = new Map<string, CellOrigin & { text: string }>();
  const copies = new Map<number, CellOrigin[]>();
  for (const b of blocks)
    b.keys.forEach((key, c) => {
      if (key === null) return;
      const at = { row: b.header.row, column: c + 1, text: b.header.cells[c] ?? '' };
      const column = union.indexOf(key) + 2;
      if (!firstAt.has(key)) firstAt.set(key, at);
      else copies.set(column, [...(copies.get(column) ?? []), at]);
    });
  const header = ['', ...union.map((k) => firstAt.get(k)?.text ?? '')];
  union.forEach((k, u) => {
    const at = firstAt.get(k);
    if (at) origins.set(headerRow, u + 2, at);
  });
  out.push({ row: headerRow, cells: header });
  for (const b of blocks) {
    const row = out.length + 1;
    const cells = header.map(() => '');
    cells[0] = b.heading.cells[0] ?? '';
    origins.set(row, 1, { row: b.heading.row, column: 1 });
    b.keys.forEach((key, c) => {
      if (key === null) return;
      const column = union.indexOf(key) + 1;
      cells[column] = b.figures.cells[c] ?? '';
      origins.set(row, column + 1, { row: b.figures.row, column: c + 1 });
    });
    out.push({ row, cells });
    for (const line of b.after) {
      origins.keep(out.length + 1, line);
      out.push({ row: out.length + 1, cells: line.cells });
    }
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: blocks[0]?.header.row ?? null,
    readAs: () => null,
    made: (row, column) => row === headerRow && column === 1,
    copies: (row, column) => (row === headerRow ? (copies.get(column) ?? []) : []),
    given: (row, column) =>
      row === headerRow && column === 1 ? { role: 'kpi', because: REWRITTEN } : null,
  };
}
