import type { GridRow } from '../grid.ts';
import { LINE_WORD, lineWord } from './line-words.ts';

/**
 * A table's line left empty but for the word naming its kind of figure (計画, 実績 …: a KPI's
 * line), past the first column (みなかみ町 地域福祉:
 * the indicators D–F of the sheet printed with no name and no figure, only their 実績値 / 目標値
 * line words under 区分): a line of the table, where a title or a note is one cell in the first
 * column. With the row above given, its cell must be under one of that row's: a column of the
 * table's line words, not a note printed further right.
 */
export function isLabelOnlyLine(row: GridRow, above: GridRow | undefined): boolean {
  let filled = -1;
  for (let index = 0; index < row.cells.length; index += 1) {
    if ((row.cells[index] ?? '').trim() === '') continue;
    if (filled >= 0) return false;
    filled = index;
  }
  if (filled <= 0 || !LINE_WORD.test(lineWord(row.cells[filled] ?? ''))) return false;
  return above === undefined || (above.cells[filled] ?? '').trim() !== '';
}
