import type { GridRow } from '../grid.ts';

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

/** A cell as read: a figure typed in full width as half width, any other cell as printed. */
const figureCell = (cell: string): string =>
  FULL_WIDTH_FIGURE.test(cell) ? cell.replace(FULL_WIDTH_ALL, halfWidth) : cell;

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
    if (!row.cells.some((cell) => FULL_WIDTH_FIGURE.test(cell))) return row;
    changed = true;
    return { ...row, cells: row.cells.map(figureCell) };
  });
  return changed ? read : rows;
}
