import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { statesUnitOnly } from './unit-statement.ts';
import { isLabelOnlyLine, isSlotLabelLine } from './label-only-line.ts';
import { isGradeLine } from './grade-line.ts';
import { isEmptyKindLine } from './empty-kind-line.ts';

/** The one block of a table: its lines of one cell above and below, its header and its rows. */
export interface TableBlock {
  readonly above: readonly GridRow[];
  readonly header: GridRow;
  readonly body: readonly GridRow[];
  readonly below: readonly GridRow[];
}

/**
 * A row of two or more filled cells: a row of the table, not a title or a note. A cell that only
 * states the unit (津野町 「② 実質公債費比率 | (単位:%)」) does not count: a heading and its unit.
 */
export function isTableRow(row: GridRow): boolean {
  // A loop that stops at the second: this runs on every row of every table, more than once.
  let filled = 0;
  for (const cell of row.cells)
    if (cell.trim() !== '' && !(filled === 1 && statesUnitOnly(cell)) && ++filled >= 2) return true;
  return false;
}

/**
 * A row of the table: two or more cells, or a line's word alone under the row above's, or a
 * form's empty slot (its label alone under the row above's), with the table going on after it
 * or ending with it.
 */
function inTable(rows: readonly GridRow[], index: number): boolean {
  const row = rows[index] as GridRow;
  // A line stating a grade that no table row follows closes the table (花巻市 「成果指標の達成度 |
  // 目標値より高い」 under the sheet's grids): a line below it, not a KPI.
  if (isGradeLine(row) && !rows.slice(index + 1).some(isTableRow)) return false;
  if (isTableRow(row)) return true;
  if (
    !isLabelOnlyLine(row, rows[index - 1]) &&
    !isSlotLabelLine(row, rows[index - 1]) &&
    !isEmptyKindLine(rows, index)
  )
    return false;
  // A loop, not a slice: the table's next row that is more than a line's word or an empty slot.
  for (let next = index + 1; next < rows.length; next += 1) {
    const later = rows[next] as GridRow;
    if (
      !isLabelOnlyLine(later, undefined) &&
      !isSlotLabelLine(later, rows[next - 1]) &&
      !isEmptyKindLine(rows, next)
    )
      return isTableRow(later);
  }
  return true;
}

/**
 * A line of a word and a sentence about the table (子ども・子育て支援事業計画 「現 状 | 保育コンシェル
 * ジュ…1か所、…計3か所で実施」 above its block's header): a title line, no row of the table. The
 * heading the sentence is about may come first (入間市博物館 重点施策別評価表 「1-1お茶の博物館と
 * しての充実 | 項 目 | お茶や地域の資料を…開催する。」, a box above the header): words, no figure.
 */
export function isSentenceLine(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length !== 2 && filled.length !== 3) return false;
  const [word, said] = filled.slice(-2).map((c) => c.normalize('NFKC').replace(/\s+/g, '')) as [
    string,
    string,
  ];
  return (
    word.length <= 6 &&
    !/\d/.test(word) &&
    said.length >= 16 &&
    /[、。]/.test(said) &&
    parseDescribedFigure(said) === undefined &&
    (filled.length === 2 || isHeadingWords(filled[0] ?? ''))
  );
}

/** A heading before a line's word and sentence: words, its number aside, no figure. */
const isHeadingWords = (cell: string) =>
  /[^\d\s.．-]/.test(cell) && parseDescribedFigure(cell) === undefined && !/[、。]/.test(cell);

/** A table row that may be the header: not a line of a word and a sentence above it. */
export const isHeaderCandidate = (row: GridRow) => isTableRow(row) && !isSentenceLine(row);

/**
 * The rows of two or more cells, the first of them the header (lines of a word and a sentence
 * above it among the lines above), with the lines of one cell
 * around them (a title above, 杵築市 "(単位:千円)" below). Null when there is none, or when a
 * second block follows the lines below the first.
 */
export function tableBlock(rows: readonly GridRow[]): TableBlock | null {
  // Asked of the same rows by most rewrites in turn (turned-table.ts): found once.
  const known = blocks.get(rows);
  if (known !== undefined) return known;
  const block = findBlock(rows);
  blocks.set(rows, block);
  return block;
}

const blocks = new WeakMap<readonly GridRow[], TableBlock | null>();

function findBlock(rows: readonly GridRow[]): TableBlock | null {
  const start = rows.findIndex(isHeaderCandidate);
  const header = rows[start];
  if (!header) return null;
  let end = start + 1;
  while (end < rows.length && inTable(rows, end)) end += 1;
  const below = rows.slice(end);
  if (below.some((r) => isTableRow(r) && !isGradeLine(r))) return null;
  return { above: rows.slice(0, start), header, body: rows.slice(start + 1, end), below };
}
