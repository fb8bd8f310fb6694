import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { ColumnRole } from './column-role.ts';
import { classifyHeader } from './column-role.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';

const FIGURE_KINDS: readonly ColumnRole['kind'][] = [
  'baseline',
  'target',
  'actual',
  'cumulative',
  'rate',
  'difference',
];

const filledCount = (row: GridRow) => row.cells.filter((c) => c.trim() !== '').length;

/** A row label that names a kind of figure (計画額, 実績額, 達成率, 杵築市 プラン, 上積み額). */
function figureKind(label: string): ColumnRole['kind'] | null {
  if (label.trim() === '' || parseFiscalYear(label.trim()) !== undefined) return null;
  const kind = classifyHeader(label).role.kind;
  return FIGURE_KINDS.includes(kind) ? kind : null;
}

/** A header cell over a table read across: a year, a name, or blank; not a kind of figure. */
const namesAColumn = (cell: string) => cell.trim() === '' || figureKind(cell) === null;

/**
 * A table whose rows are kinds of figure and whose columns are what they measure: 杵築市
 * プラン / 達成額 / 上積み額 over 歳出削減額, 歳入確保額, 改善額合計; いわき市 計画額 / 実績額 /
 * 達成率 over the years. Its first column names two or more kinds of figure, every row of it
 * one, and its header row names none; no row of two cells follows it. Turned so that each of its columns is a row under a
 * header of those kinds; lines of one cell (a title above, 杵築市's "(単位:千円)" below) come
 * first, as title lines. Null for any other table.
 * @example turnFigureRows(rows)?.rows[1]?.cells // ['', 'プラン', '達成額', '上積み額']
 */
export function turnFigureRows(rows: readonly GridRow[]): TurnedTable | null {
  const start = rows.findIndex((r) => filledCount(r) >= 2);
  if (start < 0) return null;
  let end = start + 1;
  while (end < rows.length && filledCount(rows[end] as GridRow) >= 2) end += 1;
  const header = rows[start] as GridRow;
  const body = rows.slice(start + 1, end);
  const kinds = body.map((r) => figureKind(r.cells[0] ?? ''));
  if (body.length < 2 || kinds.some((k) => k === null) || new Set(kinds).size < 2) return null;
  if (!header.cells.slice(1).every(namesAColumn)) return null;
  if (rows.slice(end).some((r) => filledCount(r) >= 2)) return null;
  const notes = [...rows.slice(0, start), ...rows.slice(end)];
  const table = [header, ...body];
  const width = Math.max(...table.map((r) => r.cells.length));
  const origins = new Origins();
  const turned: GridRow[] = notes.map((r, i) => {
    origins.keep(i + 1, r);
    return { row: i + 1, cells: r.cells };
  });
  for (let column = 0; column < width; column += 1) {
    const row = turned.length + 1;
    table.forEach((r, i) => origins.set(row, i + 1, { row: r.row, column: column + 1 }));
    turned.push({ row, cells: table.map((r) => r.cells[column] ?? '') });
  }
  return {
    rows: turned,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) => `row ${table[column - 1]?.row ?? column}, read as a column`,
  };
}
