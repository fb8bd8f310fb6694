import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { ColumnRole } from './column-role.ts';
import { classifyHeader } from './column-role.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { tableBlock } from './table-block.ts';
import { rateDividedLines } from './rate-divided-lines.ts';

const FIGURE_KINDS: readonly ColumnRole['kind'][] = [
  'baseline',
  'target',
  'actual',
  'cumulative',
  'rate',
  'difference',
];

/**
 * A row label that names a kind of figure (計画額, 実績額, 達成率, 杵築市 プラン, 上積み額), or
 * a year alone: the actuals of that year, among rows that name other kinds (H30(基準) / R3 / R4
 * / R6(目標) down the first column, the KPIs across).
 */
export function figureKind(label: string): ColumnRole['kind'] | 'year' | null {
  if (label.trim() === '') return null;
  if (parseFiscalYear(label.trim()) !== undefined) return 'year';
  const kind = classifyHeader(label).role.kind;
  return FIGURE_KINDS.includes(kind) ? kind : null;
}

/** A header cell over a table read across: a year, a name, or blank; not a kind of figure. */
export const namesAColumn = (cell: string) => {
  const kind = figureKind(cell);
  return kind === null || kind === 'year';
};

/**
 * A table whose rows are kinds of figure and whose columns are what they measure: 杵築市
 * プラン / 達成額 / 上積み額 over 歳出削減額, 歳入確保額, 改善額合計; いわき市 計画額 / 実績額 /
 * 達成率 over the years. Its first column names two or more kinds of figure, every row of it
 * one (or, at most two, lines a rate line divides: `rate-divided-lines.ts`), and its header row names none ({@link tableBlock}). Turned so that each of its columns
 * is a row under a header of those kinds; lines of one cell (a title above, 杵築市's "(単位:千円)" below) come
 * first, as title lines. Null for any other table.
 * @example turnFigureRows(rows)?.rows[1]?.cells // ['', 'プラン', '達成額', '上積み額']
 */
export function turnFigureRows(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, body } = block;
  if (body.length < 2) return null;
  const kinds: (ColumnRole['kind'] | 'year')[] = [];
  const unnamed: GridRow[] = [];
  for (const r of body) {
    // Stops at the third row naming no kind of figure: this runs on every table.
    const kind = figureKind(r.cells[0] ?? '');
    if (kind === null) {
      if (unnamed.length === 2) return null;
      unnamed.push(r);
      continue;
    }
    kinds.push(kind);
  }
  // Lines no word names are figure lines where a rate line divides one by another: the line
  // divided by is the plan, the other its result, whatever their words.
  const divided = new Map<GridRow, 'target' | 'actual'>();
  if (unnamed.length > 0) {
    const rate = body.find((r) => figureKind(r.cells[0] ?? '') === 'rate');
    const pairs = rate === undefined ? null : rateDividedLines(rate, unnamed, body);
    if (pairs === null) return null;
    for (const [plan, result] of pairs) divided.set(plan, 'target').set(result, 'actual');
    kinds.push('actual');
  }
  // Rows of years alone are one KPI's years (神川町, year-rows.ts), not kinds of figure.
  const named = new Set(kinds.filter((k) => k !== 'year'));
  if (new Set(kinds).size < 2 || named.size < 1) return null;
  if (!header.cells.slice(1).every(namesAColumn)) return null;
  const table = [header, ...body];
  const width = Math.max(...table.map((r) => r.cells.length));
  const origins = new Origins();
  const turned = origins.keepAll([...block.above, ...block.below]);
  const headerAt = turned.length + 1;
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
    ...(divided.size === 0
      ? {}
      : {
          given: (row: number, column: number) => {
            const line = row === headerAt ? table[column - 1] : undefined;
            const role = line === undefined ? undefined : divided.get(line);
            if (role === undefined) return null;
            const what =
              role === 'target'
                ? 'the plan the rate line divides by'
                : 'the result the rate line divides';
            return { role, because: what };
          },
        }),
  };
}
