import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { UnplacedCell } from '../import-problem.ts';
import { sameCells } from './heading-blocks.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import { classifyHeader } from './column-role.ts';

/** Words naming a kind of figure: a line so named is a KPI's line (目標 | …), not a header. */
const FIGURE_KINDS: ReadonlySet<string> = new Set([
  'target',
  'actual',
  'baseline',
  'cumulative',
  'rate',
]);

/**
 * Where a second table printed after the first begins (若狭町 給与・定員管理の公表:
 * 「(2) 職員給与費の状況」 over 「区 分 | 職員数 A | 給 与 費 …」, after 「区 分 | 歳 出 額 A | …」):
 * a line of one cell, then a header whose first cell prints the first header's corner word
 * again, the rest of it other than the first header's and no figure among it. Its index in `rows`, or null. A header
 * printed again whole belongs to the same table, printed in parts.
 * @example otherTableStart(rows) // 3: the 「(2) …」 line
 */
export function otherTableStart(rows: readonly GridRow[]): number | null {
  const at = rows.findIndex((r) => filledCount(r) >= 2);
  const header = rows[at];
  const corner = header?.cells[0]?.trim() ?? '';
  if (!header || corner === '' || FIGURE_KINDS.has(classifyHeader(corner).role.kind)) return null;
  for (let i = at + 2; i < rows.length; i += 1) {
    const next = rows[i] as GridRow;
    // The cheap test first, one cell a row: the corner word printed again.
    if ((next.cells[0] ?? '').trim() !== corner) continue;
    const line = rows[i - 1] as GridRow;
    if (filledCount(line) !== 1 || filledCount(next) < 2) continue;
    if (sameCells(next.cells, header.cells)) continue;
    // A header prints words: a line of figures under the same first word is a KPI's (荒尾市 目標 | …).
    if (next.cells.some((c) => parseFigureText(c) !== undefined)) continue;
    return i - 1;
  }
  return null;
}

/**
 * The cells of a second table, listed unplaced: they are no rows of the first table's columns,
 * and the person imports that table on its own.
 */
export function otherTableCells(file: string, rest: readonly GridRow[]): UnplacedCell[] {
  const header = rest[1]?.row ?? rest[0]?.row ?? 0;
  const reason = `another table, under a header of its own (row ${header}): import it on its own`;
  return rest.flatMap((row) =>
    row.cells.flatMap((text, c) =>
      text.trim() === '' ? [] : [{ file, row: row.row, column: c + 1, text, reason }],
    ),
  );
}
