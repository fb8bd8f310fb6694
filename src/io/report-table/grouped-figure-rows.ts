import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { figureKind, namesAColumn } from './figure-rows.ts';
import { isTableRow } from './table-block.ts';
import { isYearSpan } from './year-span.ts';
import { rateDividedLines } from './rate-divided-lines.ts';

const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';

/** A row of figures whose kind its second cell names (削減目標(※), 削減実績, 達成率), not a year. */
function secondCellKind(row: GridRow) {
  const kind = figureKind(row.cells[1] ?? '');
  return kind === null || kind === 'year' ? null : kind;
}

/** A line naming each column's years under the header (期間 | H28-R7 | R8-R17 …), no group label. */
function isPeriodLine(row: GridRow): boolean {
  if (filled(row.cells[0]) || figureKind(row.cells[1] ?? '') !== null) return false;
  const spans = row.cells.slice(2).filter(filled);
  return spans.length >= 2 && spans.every(isYearSpan);
}

/** The trailing rows of figures, each named by its second cell, their group printed on the first only. */
function figureRun(rows: readonly GridRow[], end: number): number | null {
  let start = end;
  while (start > 0 && isTableRow(rows[start - 1] as GridRow)) {
    const row = rows[start - 1] as GridRow;
    if (secondCellKind(row) === null) break;
    start -= 1;
  }
  if (end - start < 2) return rateDividedRun(rows, end);
  const run = rows.slice(start, end);
  if (new Set(run.map(secondCellKind)).size < 2) return null;
  // The group's label on its first line alone (a merged cell), the others empty.
  if (run.slice(1).some((r) => filled(r.cells[0]))) return null;
  return start;
}

/** A row's cells past its group label: the line's name, then its figures. */
const lineOf = (row: GridRow): GridRow => ({ row: row.row, cells: row.cells.slice(1) });

/**
 * The trailing rows of figures when their words name a rate line and no other kind (削減見通し /
 * 削減到達 / 達成率, the plan and the result in words no rule knows): the two lines above the
 * rate line, read as such where the rate line divides one by the other on every column it
 * prints a rate (`rate-divided-lines.ts`), their group printed on the first only. Tried only
 * where the words find no run.
 */
function rateDividedRun(rows: readonly GridRow[], end: number): number | null {
  const start = end - 3;
  if (start < 0) return null;
  const run = rows.slice(start, end);
  if (!run.every(isTableRow) || run.slice(1).some((r) => filled(r.cells[0]))) return null;
  const [first, second, rate] = run.map(lineOf) as [GridRow, GridRow, GridRow];
  if (figureKind(rate.cells[0] ?? '') !== 'rate') return null;
  const named = [first, second].filter((l) => figureKind(l.cells[0] ?? '') !== null);
  if (named.length > 0) return null;
  return rateDividedLines(rate, [second], [first, second]) === null ? null : start;
}

/**
 * Rows of figures read across whose kinds are named in the second column, the first holding
 * only the groups' labels, each printed on its group's first line (桑名市 公共施設等総合管理計画
 * 削減目標と取組実績: 実施計画 over アクションプラン | 第1次 … 第5次 and 期間 | H28-R7 …; 実績 over
 * 削減目標(※) / 削減実績 / 達成率). Rewritten into the table {@link turnFigureRows} reads (杵築市):
 * each group label a title line, each cell of a line above the header one too (the plan's own
 * period and total cut, 「期間【H28-R46】 50年間」), the header's words joined with the years the
 * line of periods under it gives each column, where one does (「第1次 H28-R7」), the rows of figures named by
 * their kinds. Null for any other table: a first column naming the kinds is turnFigureRows's own.
 * @example ungroupFigureRows(桑名市)?.rows[6]?.cells // ['アクションプラン 期間', '第1次 H28-R7', …]
 */
export function ungroupFigureRows(rows: readonly GridRow[]): TurnedTable | null {
  let end = rows.length;
  while (end > 0 && !isTableRow(rows[end - 1] as GridRow)) end -= 1;
  const start = figureRun(rows, end);
  if (start === null) return null;
  let headerAt = start - 1;
  const periods: GridRow[] = [];
  while (headerAt >= 0 && isPeriodLine(rows[headerAt] as GridRow)) {
    periods.unshift(rows[headerAt] as GridRow);
    headerAt -= 1;
  }
  const header = rows[headerAt];
  if (!header) return null;
  // Above the header only lines of a heading (two cells at most: 「公共施設等総合管理計画 | 期間【H28-R46】」),
  // not the rows of another table, which would be read as title lines.
  if (rows.slice(0, headerAt).some((r) => r.cells.filter(filled).length > 2)) return null;
  const words = header.cells.slice(1);
  if (words.filter(filled).length < 3 || !words.slice(1).every(namesAColumn)) return null;
  const origins = new Origins();
  const out: GridRow[] = [];
  const line = (from: GridRow, column: number) => {
    out.push({ row: out.length + 1, cells: [from.cells[column] ?? ''] });
    origins.set(out.length, 1, { row: from.row, column: column + 1 });
  };
  for (const above of rows.slice(0, headerAt))
    above.cells.forEach((cell, c) => filled(cell) && line(above, c));
  const run = rows.slice(start, end);
  for (const grouped of [header, run[0] as GridRow]) if (filled(grouped.cells[0])) line(grouped, 0);
  const headerLine = out.length + 1;
  out.push({
    row: headerLine,
    cells: words.map((word, c) =>
      [word, ...periods.map((p) => p.cells[c + 1] ?? '')].filter(filled).join(' '),
    ),
  });
  words.forEach((_, c) => origins.set(headerLine, c + 1, { row: header.row, column: c + 2 }));
  for (const r of run) {
    out.push({ row: out.length + 1, cells: r.cells.slice(1) });
    r.cells
      .slice(1)
      .forEach((_, c) => origins.set(out.length, c + 1, { row: r.row, column: c + 2 }));
  }
  origins.append(out, rows.slice(end));
  // Each header cell stands for the periods printed under it too.
  const copies = (row: number, column: number) =>
    row === headerLine ? periods.map((p) => ({ row: p.row, column: column + 1 })) : [];
  return { rows: out, origin: origins.origin, headerRow: header.row, readAs: () => null, copies };
}
