import type { GridRow } from '../grid.ts';
import { rateFormulaLettersIn } from './formula-named-columns.ts';

/** A day's date a count was taken on: 「H26.1.1現在」, 「平成25年5月1日現在」, 「2014.1.1現在」. */
const COUNT_DATE =
  /(?:(?:平成|令和|昭和|[HRS])\s*(?:\d{1,2}|元)|\d{4})\s*[.年]\s*\d{1,2}\s*[.月]\s*\d{1,2}\s*日?\s*現在/g;

/** Letters, digits and points typed in full width as half (not NFKC: 「A´」 stays as printed). */
const halfWidth = (cell: string) =>
  cell.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/**
 * The header rows with the dates of count dropped from a row that states its rate's formula by
 * letters (野洲市 「総委員数 H26.1.1現在 A | … | 女性委員参画率 H26.1.1現在 B/A」): there each column is
 * a term of the formula, counted on the day it names, and the day is no year column of a KPI's
 * actuals (read so, 「総委員数」 and 「女性委員数」 became two years' actuals). The labels as printed
 * are kept by the caller; only the words the roles are read from lose the dates.
 */
export function withoutCountDates(rows: readonly GridRow[]): readonly GridRow[] {
  let changed = false;
  const read = rows.map((row) => {
    if (!row.cells.some((c) => c.includes('現在'))) return row;
    if (rateFormulaLettersIn(row.cells).size === 0) return row;
    // Typed in full width (「Ｈ２６．１．１現在」) as in half.
    const cells = row.cells.map((c) => {
      if (!c.includes('現在')) return c;
      const half = halfWidth(c);
      const bare = half.replace(COUNT_DATE, ' ').replace(/\s+/g, ' ').trim();
      return bare === half.trim() ? c : bare;
    });
    if (cells.every((c, i) => c === row.cells[i])) return row;
    changed = true;
    return { ...row, cells };
  });
  return changed ? read : rows;
}
