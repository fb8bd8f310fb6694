import type { GridRow } from '../grid.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';
import { isUnreadable } from './table-reader.ts';

/**
 * A cell that is a figure a KPI's row prints, with its words or what it is made of or not
 * (「33.0% (234.6t/710.5t)」): a percentage, a fraction, a number of three digits or more or one
 * counted in 万, 億 or 千 (「58万人」).
 * Not a year, nor a small whole number with or without a word after it, as headers name periods
 * and counts (「21」, 「1年後」, 「3年目」), nor a bound, as headers state bands (「80%以上」).
 */
function isRowFigure(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || parseFiscalYear(text) !== undefined || headerYear(text) !== null) return false;
  const parsed = parseDescribedFigure(text)?.parsed;
  const value = parsed?.figure.value ?? null;
  if (parsed === undefined || value === null || parsed.bound !== null) return false;
  const unit = parsed.unit ?? '';
  return (
    unit === '%' || /^[万億千]/.test(unit) || value.includes('.') || Math.abs(Number(value)) >= 100
  );
}

/**
 * A row of a KPI's figures: three cells or more that are figures, not years (つくば市 図書館
 * 「1-2 | 個人貸出図書冊数 | 850,000冊 | 857,604冊 | 101% | …目標冊数を目指す。 | 評価」, whose
 * aim sentence holds the word 目標 and whose last cell is the grade box's label 評価). A header
 * names its columns with words and years; such a row is a KPI's, whatever words its other cells
 * hold, and never starts the header.
 */
export function isFiguresRow(row: GridRow): boolean {
  let figures = 0;
  for (const cell of row.cells) if (isRowFigure(cell) && ++figures >= 3) return true;
  return false;
}

/**
 * The index of a header row whose every cell was lost: three cells or more, all unreadable
 * (「?」, as a copy writes a cell it could not read, or a spreadsheet's error value), as wide as
 * the row under it, that row a KPI's figures (つくば市 図書館 評価結果 and the national 産地 form
 * of 青森県, their header words not in the stored text). The table under it is read with no
 * header word, its columns by their contents and the printed rates. -1 when there is none.
 */
export function lostHeaderIndex(rows: readonly GridRow[]): number {
  return rows.findIndex((row, index) => {
    const cells = row.cells.map((c) => c.trim()).filter((c) => c !== '');
    const next = rows[index + 1];
    if (cells.length < 3 || !next || !cells.every(isUnreadable)) return false;
    const width = next.cells.filter((c) => c.trim() !== '').length;
    return cells.length >= width && isFiguresRow(next);
  });
}
