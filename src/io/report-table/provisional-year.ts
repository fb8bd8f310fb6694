import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';

/** A bracketed word saying a year's figures are not settled yet: (速報値), （暫定）, (見込み). */
const PROVISIONAL = /[(（]\s*(?:速報|暫定|見込み?)値?\s*[)）]/g;

/**
 * The header rows with the mark of a provisional year dropped from a year's header
 * (北海道 特定健診 「平成22年度 (速報値)」 beside 「平成20年度」, 「平成21年度」): the year's figures,
 * counted early, are still that year's, as its neighbours'. Only a cell that names a year once
 * the mark is gone loses it; the labels as printed are kept by the caller.
 */
export function withoutProvisionalMarks(rows: readonly GridRow[]): readonly GridRow[] {
  let changed = false;
  const read = rows.map((row) => {
    if (!row.cells.some((c) => c.includes('速報') || c.includes('暫定') || c.includes('見込')))
      return row;
    const cells = row.cells.map((c) => {
      const bare = c.replace(PROVISIONAL, ' ').replace(/\s+/g, ' ').trim();
      return bare !== c.trim() && headerYear(bare) !== null ? bare : c;
    });
    if (cells.every((c, i) => c === row.cells[i])) return row;
    changed = true;
    return { ...row, cells };
  });
  return changed ? read : rows;
}
