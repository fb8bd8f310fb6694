import type { GridRow } from '../grid.ts';

/**
 * The words of a rate of change against a base year, not of achievement (定員適正化計画 「削減率」,
 * 「削減率（累計）」, 「増減率」, 「純減率」, 「減少率」).
 */
const CHANGE_RATE = /削減率|増減率|純[減増]率|減少率/;

/** A cell that says nothing changed yet: empty, a dash, zero in any form, or 「(基準)」. */
const NOTHING_YET = /^(?:[-―ー－—–]|[△▲]?0+(?:\.0+)?\s*(?:[%％人名件]?)|[(（]?基準[)）]?)?$/;

/**
 * Whether a table of years as rows counts its changes from its first year (定員適正化計画 進捗状況
 * 「令和元年 | 486人 | 486人 | 0人 | 0人 | 0.00%」, 八頭町 「平成27年度 | 234人 | … | (empty) |
 * (empty)」): a column's header names a rate of change (削減率), and the first row's cell under
 * each such column prints nothing changed (empty, 0, 0.00%, ―,
 * 「(基準)」), so its figures are the base the cuts are counted from, the baseline.
 */
export function countsFromFirstYear(header: GridRow, first: GridRow | undefined): boolean {
  if (first === undefined) return false;
  const rates = header.cells.flatMap((c, i) =>
    CHANGE_RATE.test(c.normalize('NFKC').replace(/\s+/g, '')) ? [i] : [],
  );
  if (rates.length === 0) return false;
  return rates.every((i) => NOTHING_YET.test((first.cells[i] ?? '').normalize('NFKC').trim()));
}
