import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';

/**
 * A year written as four digits and nothing else, of the years plans are reported in, alone or
 * as the last word after a line's (a KPI's lines joined: 「目標 2001」, read with its spaces dropped).
 */
const BARE_YEAR = /(?<![\d,.])(19[89]\d|20\d\d)$/;

/** Two calendar years joined as a span: 「2015〜2019」, 「2015-2019」. */
const YEAR_SPAN = /(?:19|20)\d\d\s*[-~〜～–−]\s*(?:19|20)\d\d/;

/**
 * The year a header written as a bare four-digit year names (三重県 基本事業の数値目標 「2001 |
 * 2002 | 2003 | 2004」, the fiscal years of a budget request): that fiscal year; null for any
 * other header (「2019年度」 and 「R1」 are the era parser's, a figure such as 「1,200」 none, nor
 * a year a word follows: 「第2001号」).
 * @example bareHeaderYear('2001') // 2001
 */
export function bareHeaderYear(label: string): FiscalYear | null {
  const normal = label.normalize('NFKC').trim();
  // A span of years (「2015〜2019」, the plan's period) names no one year.
  if (YEAR_SPAN.test(normal)) return null;
  const year = BARE_YEAR.exec(normal)?.[1];
  return year === undefined ? null : (parseFiscalYear(`${year}年度`) ?? null);
}
