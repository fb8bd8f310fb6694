import { baseChangeRatio } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import { subtractDecimals } from './decimal.ts';
import type { Ratio } from './ratio.ts';
import { divide } from './ratio.ts';

/**
 * How a table prints a change against the year before, as a share of last year's figure:
 * - `ratio`: this year's over last year's (長野市 款別支出 「前年度対比」 98.4 = 690,529,636 ÷
 *   701,994,968);
 * - `change`: how far it moved, over last year's (滝沢市 水道 「増減比較(率)」 △0.1% = (47,305 −
 *   47,349) ÷ 47,349; a 決算概要's 「対前年度 増減率」 2.7 = 278,147 ÷ (10,707,635 − 278,147)).
 */
export type YearOnYearFormula = 'ratio' | 'change';

export const YEAR_ON_YEAR_FORMULAS: readonly YearOnYearFormula[] = ['ratio', 'change'];

/**
 * The change of a figure against the year before as a ratio (× 100 when printed), by the
 * formula; undefined where last year's figure is zero.
 * @example yearOnYearRatio('change', decimal('47305'), decimal('47349')) // −44/47349
 */
export function yearOnYearRatio(
  formula: YearOnYearFormula,
  thisYear: Decimal,
  lastYear: Decimal,
): Ratio | undefined {
  if (formula === 'ratio') return divide(thisYear, lastYear);
  // The change as a share of last year's: a change against a base, last year's its base.
  const change = baseChangeRatio('change', thisYear, lastYear);
  return typeof change === 'string' ? undefined : change;
}

/**
 * Last year's figure where a table prints this year's and the difference beside it, not last
 * year's (決算概要 「決算額 | 対前年度 増減額」: 10,707,635 and 278,147 make 10,429,488).
 */
export const lastYearOf = (thisYear: Decimal, difference: Decimal): Decimal =>
  subtractDecimals(thisYear, difference);
