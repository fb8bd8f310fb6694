import type { Column } from './header-map.ts';
import { figureNumber } from './column-contents.ts';
import type { AlignedRow } from './row-alignment.ts';

const FIGURE_ROLES: ReadonlySet<Column['role']['kind']> = new Set([
  'target',
  'baseline',
  'actual',
  'cumulative',
]);

/** How a figure cell starts: a number, or a sign before it. */
const STARTS_AS_FIGURE = /^\s*[▲△−-]?\s*\d/;

/** Equal as printed totals are: to the sixth decimal (the sums of 1-decimal shares float). */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

/**
 * The rows that total the KPI rows above them with no label of their own (介護保険事業計画 表2's
 * last row 「(empty) | 5,522人 | 6,030人 | | 5,838人 | 6,777人 |」 under 要支援 … 要介護5): an
 * empty KPI cell, every other filled cell a figure under a figure column (two or more), each the
 * sum of its column over the labelled rows above. A row any sum disagrees with is not one.
 */
export function unlabelledTotals(
  data: readonly AlignedRow[],
  columns: readonly Column[],
  kpiColumn: number | null,
): ReadonlySet<number> {
  const totals = new Set<number>();
  if (kpiColumn === null) return totals;
  // The cheap test first: most tables have no row of figures without a label, and then no cell
  // is parsed for the sums.
  const unlabelled = (row: AlignedRow) =>
    row.shift === 0 &&
    (row.cells[kpiColumn] ?? '').trim() === '' &&
    row.cells.filter((c) => c.trim() !== '').length >= 2 &&
    row.cells.every((c) => c.trim() === '' || STARTS_AS_FIGURE.test(c));
  if (!data.some(unlabelled)) return totals;
  const figureColumns = columns.filter((c) => FIGURE_ROLES.has(c.role.kind)).map((c) => c.index);
  let labelled = 0;
  const sums = new Map<number, number>();
  for (const row of data) {
    if (unlabelled(row) && labelled >= 2) {
      if (totalsAbove(row, figureColumns, sums, kpiColumn)) totals.add(row.row);
      continue;
    }
    if ((row.cells[kpiColumn] ?? '').trim() === '') continue;
    labelled += 1;
    for (const index of figureColumns) {
      const value = figureNumber(row.cells[index]);
      if (!Number.isNaN(value)) sums.set(index, (sums.get(index) ?? 0) + value);
    }
  }
  return totals;
}

function totalsAbove(
  row: AlignedRow,
  figureColumns: readonly number[],
  sums: ReadonlyMap<number, number>,
  kpiColumn: number,
): boolean {
  let figures = 0;
  for (const [index, cell] of row.cells.entries()) {
    if (index === kpiColumn || cell.trim() === '') continue;
    const sum = sums.get(index);
    const value = figureNumber(cell);
    if (!figureColumns.includes(index) || sum === undefined || !same(value, sum)) return false;
    figures += 1;
  }
  return figures >= 2;
}
