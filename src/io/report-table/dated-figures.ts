import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';
import type { Column, HeaderMap } from './header-map.ts';

/** A cell holding a figure and the date it is as of (神川町 "144 名(平成 26 年 4 月 1 日現在)"). */
export function isDatedFigure(cell: string): boolean {
  // The cheap test first: this runs on every cell of every table.
  if (!cell.includes('現在')) return false;
  const text = cell.trim();
  return text !== '' && (parseDescribedFigure(text)?.fiscalYear ?? null) !== null;
}

/** Whether every filled cell of the row is a dated figure, and one is (a loop: every row is asked). */
function onlyDated(row: GridRow): boolean {
  let any = false;
  for (const cell of row.cells) {
    if (cell.trim() === '') continue;
    if (!isDatedFigure(cell)) return false;
    any = true;
  }
  return any;
}

/**
 * A KPI whose yearly figures run down the rows, each cell with its own date (神川町 定員管理:
 * its row, then a line per earlier year holding only "149 名(平成 24 年 4 月 1 日現在)"): those
 * lines are moved onto the KPI's row, one new column per cell, so that the row holds all its
 * years. Null when no row holds only dated figures under a row with a dated figure of its own.
 */
export function joinDatedRows(rows: readonly GridRow[]): TurnedTable | null {
  const joined: { row: GridRow; cells: { text: string; from: number; column: number }[] }[] = [];
  for (const row of rows) {
    const last = joined.at(-1);
    // The row's own test first: it fails at once on almost every row.
    const anchored =
      last && onlyDated(row) && (last.cells.length > 0 || last.row.cells.some(isDatedFigure));
    if (anchored && isTableRow(last.row)) {
      row.cells.forEach((text, c) => {
        if (text.trim() !== '') last.cells.push({ text, from: row.row, column: c + 1 });
      });
    } else joined.push({ row, cells: [] });
  }
  if (!joined.some((j) => j.cells.length > 0)) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const wide = width + Math.max(...joined.map((j) => j.cells.length));
  const origins = new Origins();
  const out = joined.map(({ row, cells }, i): GridRow => {
    origins.keep(i + 1, row);
    cells.forEach((cell, k) =>
      origins.set(i + 1, width + k + 1, { row: cell.from, column: cell.column }),
    );
    const own = [...row.cells, ...Array<string>(width - row.cells.length).fill('')];
    const moved = cells.map((c) => c.text);
    return {
      row: i + 1,
      cells: [...own, ...moved, ...Array<string>(wide - width - moved.length).fill('')],
    };
  });
  const header = joined.find((j) => filledCount(j.row) >= 2)?.row.row ?? 1;
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header,
    readAs: (column) => (column > width ? 'a dated figure from a row below' : null),
  };
}

/**
 * The header with every column whose header names no role and whose cells are all dated
 * figures taken as actuals, each cell of the year of its date (神川町 定員管理).
 */
export function withDatedColumns(header: HeaderMap, data: readonly GridRow[]): HeaderMap {
  const columns = header.columns.map((c): Column => {
    if (c.role.kind !== 'other') return c;
    const cells = data.map((r) => r.cells[c.index] ?? '').filter((t) => t.trim() !== '');
    if (cells.length === 0 || !cells.every(isDatedFigure)) return c;
    return { ...c, role: { kind: 'actual', fiscalYear: null }, because: DATED };
  });
  return { ...header, columns };
}

/** Why a column of dated figures is read as actuals. */
const DATED = 'its cells are figures as of a date (…現在), each of its year';
