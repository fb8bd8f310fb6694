import type { GridRow } from '../grid.ts';

/** How far back a line's kind word is looked for among the table's lines. */
const LOOK_BACK = 12;

/**
 * A line printed with nothing but its kind's word, past the first column, a word the lines above
 * print in the same column (徳島県 県税の税目別調定収入状況調: 自動車税 | 現 with no figure, then 滞 and
 * 計 alone, as 東部's and 徳島's 現 / 滞 / 計 lines print them with theirs): one of the table's
 * lines left empty, not a note or a title, which the first column holds.
 * @example isEmptyKindLine(rows, 13) // 「 | | 滞 | | …」 under 「 | 自動車税 | 現 | | …」
 */
export function isEmptyKindLine(rows: readonly GridRow[], index: number): boolean {
  const cells = rows[index]?.cells ?? [];
  let at = -1;
  for (let c = 0; c < cells.length; c += 1) {
    if ((cells[c] ?? '').trim() === '') continue;
    if (at >= 0) return false;
    at = c;
  }
  if (at < 1) return false;
  const word = (cells[at] ?? '').trim();
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i -= 1)
    if ((rows[i]?.cells[at] ?? '').trim() === word) return true;
  return false;
}
