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

/**
 * A form's empty slot under a line of the table (山中湖移動教室経費 事務事業評価表 「活動指標 (2)」
 * under 「指標値 | 活動指標 (1) | 人 | 1,270 …」): its label alone, past the first column, under the
 * label of the row above, the next of the same words' numbers (the rest of a name wrapped onto a
 * line of its own, 「の定員」 under 「放課後児童クラブ」, is none). A line of the table, where a
 * title or a note is one cell in the first column.
 */
export function isSlotLabelLine(row: GridRow, above: GridRow | undefined): boolean {
  if (above === undefined) return false;
  let filled = -1;
  for (let index = 0; index < row.cells.length; index += 1) {
    if ((row.cells[index] ?? '').trim() === '') continue;
    if (filled >= 0) return false;
    filled = index;
  }
  if (filled <= 0) return false;
  const stem = numberedStem(row.cells[filled] ?? '');
  return stem !== null && stem === numberedStem(above.cells[filled] ?? '');
}

/** The words before a label's number (「活動指標 (2)」: 活動指標), null for a label with no number. */
function numberedStem(label: string): string | null {
  const text = label.normalize('NFKC').replace(/\s+/g, '');
  const stem = text.replace(/(?:\(\d{1,2}\)|\d{1,2}|[\u2460-\u2473])$/, '');
  return stem !== text && /\p{L}/u.test(stem) ? stem : null;
}
