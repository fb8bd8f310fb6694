import type { GridRow } from '../grid.ts';
import type { UnplacedCell } from '../import-problem.ts';

/**
 * A cell that starts with a figure typed in full width (「６０．２％」, 「約１，２００人」, 「－５」), or
 * with a year so typed before its figure (「H２５年度 ４６７億円」).
 */
const FULL_WIDTH_FIGURE = /^\s*(?:約|▲|△|＋|\+|－|-|[HRSＨＲＳ]|平成|令和|昭和)?\s*[０-９]/;
const FULL_WIDTH_ALL = /[０-９％]|(?<=[０-９0-9])[．，](?=[０-９0-9])|－(?=[０-９0-9])/g;

const halfWidth = (ch: string): string => {
  if (ch === '％') return '%';
  if (ch === '．') return '.';
  if (ch === '，') return ',';
  if (ch === '－') return '-';
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
};

/**
 * Whether a cell may start with a full-width figure, by its first character: a full-width digit,
 * or one of the marks, era letters or words a figure may follow. Most cells start with an ASCII
 * digit or a word's first letter: told without a regular expression (this runs on every cell).
 */
function mayStartFullWidth(cell: string): boolean {
  let i = 0;
  let c = cell.charCodeAt(0);
  while (c === 0x20 || c === 0x3000 || c === 0x09) c = cell.charCodeAt(++i);
  if (c >= 0xff10 && c <= 0xff19) return true;
  return FIGURE_LEADS.has(c);
}
/** 約 ▲ △ ＋ + － - H R S Ｈ Ｒ Ｓ 平 令 昭: what a full-width figure may follow. */
const FIGURE_LEADS = new Set([...'約▲△＋+－-HRSＨＲＳ平令昭'].map((ch) => ch.charCodeAt(0)));

const isFullWidthFigure = (cell: string): boolean =>
  mayStartFullWidth(cell) && FULL_WIDTH_FIGURE.test(cell);

/** A cell as read: a figure typed in full width as half width, any other cell as printed. */
const figureCell = (cell: string): string =>
  isFullWidthFigure(cell) ? cell.replace(FULL_WIDTH_ALL, halfWidth) : cell;

/**
 * The rows with figures typed in full width read as half width (「６０．２％(平成２８年度)」 as
 * 「60.2%(平成28年度)」, 「１，２３０人」, 「－５」): a cell that starts with such a figure has its
 * digits, percent signs, and points, commas and minus signs beside digits read so, the rest of it
 * (brackets, words) as printed. A name with a number in it (「基本目標１ …」) is kept as printed.
 * Rows with no such cell are kept as they are.
 */
export function withHalfWidthFigures(rows: readonly GridRow[]): readonly GridRow[] {
  let changed = false;
  const read = rows.map((row) => {
    if (!row.cells.some(isFullWidthFigure)) return row;
    changed = true;
    return { ...row, cells: row.cells.map(figureCell) };
  });
  return changed ? read : rows;
}

/**
 * The unplaced cells of a table read with {@link withHalfWidthFigures}, each with the text the
 * file prints (「０(」, not the 「0(」 read): the person finds the cell as printed. A cell listed
 * in part (a piece of a cell holding two) is kept as read.
 */
export function unplacedAsPrinted(
  unplaced: readonly UnplacedCell[],
  printed: readonly GridRow[],
  read: readonly GridRow[],
): readonly UnplacedCell[] {
  const printedRows = new Map(printed.map((r) => [r.row, r.cells]));
  const readRows = new Map(read.map((r) => [r.row, r.cells]));
  return unplaced.map((u) => {
    const asRead = readRows.get(u.row)?.[u.column - 1];
    const asPrinted = printedRows.get(u.row)?.[u.column - 1];
    if (asRead === undefined || asPrinted === undefined || asRead === asPrinted) return u;
    return asRead.trim() === u.text.trim() ? { ...u, text: asPrinted.trim() } : u;
  });
}
