import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { isHeaderCandidate } from './table-block.ts';

/** A KPI's code alone in a cell: a circled number (①), as an indicator list numbers its rows. */
const CODE = /^[\u2460-\u2473]$/;

const codeOf = (row: GridRow | undefined) => {
  const cell = (row?.cells[0] ?? '').trim();
  return CODE.test(cell) ? cell : null;
};

/**
 * A list of the indicators by their codes above a grid of their lines under the same codes
 * (施策評価シート 2.<指標の設定>: 「重点 | 指標名 | 単位 | …」 over ① 消防団定員数比率, ② 消防水利充足率,
 * then a header of years over ① 目標 / 実績 and ② 目標 / 実績, the names only in the list): each code
 * of the grid written with its name (「① 消防団定員数比率」, the name cell its copy), the list
 * and the lines above it set above as title lines, each of its rows one line of its words. Null unless the list's
 * header names a column of names and every code of the list heads lines of the grid, the same
 * codes in the same order, and the grid names no KPI of its own.
 */
export function readCodeLegend(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table): a row starting with a circled number.
  if (!rows.some((r) => codeOf(r) !== null)) return null;
  // The list's header: the row right above its first code.
  const at = rows.findIndex((r, i) => codeOf(rows[i + 1]) !== null && isHeaderCandidate(r));
  const header = rows[at];
  if (!header || codeOf(header) !== null) return null;
  const nameAt = header.cells.findIndex((c) => classifyHeader(c).role.kind === 'kpi');
  if (nameAt <= 0) return null;
  let end = at + 1;
  while (codeOf(rows[end]) !== null && (rows[end]?.cells[nameAt] ?? '').trim() !== '') end += 1;
  const legend = rows.slice(at + 1, end);
  if (legend.length === 0) return null;
  const grid = rows.slice(end);
  const gridHeader = grid[0];
  // The grid's header names no column of names: its KPIs are the codes alone.
  if (!gridHeader || gridHeader.cells.some((c) => classifyHeader(c).role.kind === 'kpi'))
    return null;
  const gridCodes = grid.slice(1).flatMap((r) => {
    const code = codeOf(r);
    return code === null ? [] : [code];
  });
  const legendCodes = legend.map((r) => codeOf(r) ?? '');
  if (gridCodes.join() !== legendCodes.join() || grid.slice(1).some((r) => filledCount(r) === 0))
    return null;

  const origins = new Origins();
  const copies = new Map<number, CellOrigin[]>();
  const out: GridRow[] = [];
  const push = (from: GridRow, cells: readonly string[]) => {
    const row = out.length + 1;
    origins.keep(row, from);
    out.push({ row, cells });
    return row;
  };
  // The list, its header and the lines above them (a sheet's fields, 「基本方針 | 消防・防災 | 施策名 |
  // …」): title lines, each one cell of its words.
  for (const r of rows.slice(0, end)) {
    const places = r.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
    const row = push(r, [places.map((i) => (r.cells[i] ?? '').trim()).join(' ')]);
    const [first = 0, ...others] = places;
    origins.set(row, 1, { row: r.row, column: first + 1 });
    copies.set(
      row,
      others.map((i) => ({ row: r.row, column: i + 1 })),
    );
  }
  const names = new Map(legend.map((r) => [codeOf(r) ?? '', r]));
  for (const r of grid) {
    const code = codeOf(r);
    const named = code === null ? undefined : names.get(code);
    if (code === null || !named) {
      push(r, r.cells);
      continue;
    }
    const name = (named.cells[nameAt] ?? '').trim();
    const row = push(r, [`${code} ${name}`, ...r.cells.slice(1)]);
    copies.set(row, [{ row: named.row, column: nameAt + 1 }]);
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: gridHeader.row,
    readAs: () => null,
    copies: (row, column) => (column === 1 ? (copies.get(row) ?? []) : []),
  };
}
