import type { Ratio } from './ratio.ts';

/** No table rounds its rates to nine places: that many decimals are a value no one rounded. */
const FEWEST_DECIMALS = 9;
/** The shortest print of a binary double runs to seventeen significant digits at most. */
const MOST_DIGITS = 17;

/**
 * Whether a rate's digits are a spreadsheet's unrounded value written out, as a workbook shown as
 * a web page prints it (徳島県 県税の税目別調定収入状況調 「収入歩合」 98.98214479152054; a 北海道 市's
 * 統計書 「水洗化率」 99.83616149795202 beside years printed 99.8): nine decimals or more and no more
 * significant digits than a double holds.
 * @example isUnroundedRate('98.98214479152054') // true
 * @example isUnroundedRate('98.9821') // false
 */
export function isUnroundedRate(digits: string): boolean {
  const match = /^-?(\d+)\.(\d+)$/.exec(digits);
  if (!match?.[1] || !match[2] || match[2].length < FEWEST_DECIMALS) return false;
  const significant = (match[1] + match[2]).replace(/^0+/, '');
  return significant.length <= MOST_DIGITS;
}

/**
 * A ratio as a spreadsheet holds it in percent and prints it: the quotient taken in binary
 * floating point and times 100 (=E/A*100), or times 100 first (=E*100/A), each written as the
 * shortest decimal that reads back as that double. The one a printed rate shows is given when
 * either shows it (徳島県 不動産取得税 東部 1,406,261,800 ÷ 1,420,722,700 → 「98.98214479152054」,
 * which the exact quotient 98.982144791520543… rounded at that place is not always); otherwise the
 * first, so a rate that is not the ratio still reads as a mismatch.
 * @example spreadsheetPercent({ numerator: 1406261800n, denominator: 1420722700n }, '98.98214479152054%') // '98.98214479152054%'
 */
export function spreadsheetPercent(ratio: Ratio, printed: string): string {
  const numerator = Number(ratio.numerator);
  const denominator = Number(ratio.denominator);
  const divided = `${(numerator / denominator) * 100}%`;
  if (divided === printed) return divided;
  const scaledFirst = `${(numerator * 100) / denominator}%`;
  return scaledFirst === printed ? scaledFirst : divided;
}
