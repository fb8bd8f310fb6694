import type { Decimal } from '../../domain/decimal.ts';
import { compareDecimals, decimal, parseDecimal, subtractDecimals } from '../../domain/decimal.ts';

const HUNDRED = decimal('100');

/**
 * A difference printed in percent beside a printed rate, of a KPI whose figures are no
 * percentages, is that rate's distance from 100%, not an amount (厚沢部町 地球温暖化対策実行計画
 * 進捗状況 「25/23」 101.2% | 増減 1.2%: this year's use is 1.2% above the base year's; a cut
 * prints −6.2% beside 93.8%). Where the KPI's own figures are percentages the points between
 * them are an amount too, and the usual check (actual less target) stands.
 */
export function isRateChange(
  difference: { readonly inPercent?: boolean },
  kpiUnit: string | null,
  printedRateText: string | null,
): boolean {
  return difference.inPercent === true && kpiUnit !== '%' && printedRateText !== null;
}

/**
 * Why a difference printed in percent is not its rate less 100%; null when it is, or when the
 * rate cannot be read as a number.
 * @example rateChangeMismatch('1', decimal('1.2'), '101.2%') // null
 */
export function rateChangeMismatch(
  code: string,
  printed: Decimal,
  printedRateText: string,
): string | null {
  const rate = parseDecimal(printedRateText.replace(/[%％\s]/g, ''));
  if (rate === undefined) return null;
  const expected = subtractDecimals(rate, HUNDRED);
  if (compareDecimals(expected, printed) === 0) return null;
  return `KPI ${code}: the difference printed is ${printed}%, but its rate ${printedRateText} less 100% is ${expected}%`;
}
