import type { Achievement } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import { decimal, subtractDecimals } from './decimal.ts';
import type { RatePrecision } from './rate-format.ts';
import { formatRate } from './rate-format.ts';

/**
 * How a rate was computed, with the numbers filled in, for the KPI page:
 * ⑦ 264000 ÷ 283179 → 93%; ⑪ (3 + 8 + 4 =) 15 ÷ 20 → 75%.
 */
export interface RateExplanation {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  /** The terms behind a difference: progress is (actual − baseline) ÷ (target − baseline). */
  readonly numeratorTerms: readonly Decimal[] | null;
  readonly denominatorTerms: readonly Decimal[] | null;
  /** The unrounded percentage to four places, then the rate as printed. */
  readonly exactPercent: string;
  readonly rate: string;
}

export function explainRate(result: Achievement, precision: RatePrecision): RateExplanation | null {
  if (result.kind === 'none') return null;
  const rate = formatRate(result.ratio, precision);
  const exactPercent = formatRate(result.ratio, { decimals: 2, widenNear100: false }).replace(
    /%$/,
    '',
  );
  const measured = result.measured.value;
  switch (result.formula) {
    case 'ratio':
      return result.direction === 'decrease'
        ? {
            numerator: result.target,
            denominator: measured,
            numeratorTerms: null,
            denominatorTerms: null,
            exactPercent,
            rate,
          }
        : {
            numerator: measured,
            denominator: result.target,
            numeratorTerms: null,
            denominatorTerms: null,
            exactPercent,
            rate,
          };
    case 'progress': {
      const baseline = result.baseline ?? decimal('0');
      return {
        numerator: subtractDecimals(measured, baseline),
        denominator: subtractDecimals(result.target, baseline),
        numeratorTerms: [measured, baseline],
        denominatorTerms: [result.target, baseline],
        exactPercent,
        rate,
      };
    }
  }
}
