import type { Achievement } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import { addDecimals, decimal, subtractDecimals } from './decimal.ts';
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
  const baseline = result.baseline ?? decimal('0');
  const target = result.target;
  switch (result.formula) {
    case 'change':
      return {
        numerator: subtractDecimals(measured, baseline),
        denominator: baseline,
        numeratorTerms: [measured, baseline],
        denominatorTerms: null,
        exactPercent,
        rate,
      };
    case 'reduction':
      return {
        numerator: subtractDecimals(baseline, measured),
        denominator: baseline,
        numeratorTerms: [baseline, measured],
        denominatorTerms: null,
        exactPercent,
        rate,
      };
    case 'gap':
      if (target === null) return null;
      return {
        numerator: subtractDecimals(target, measured),
        denominator: target,
        numeratorTerms: [target, measured],
        denominatorTerms: null,
        exactPercent,
        rate,
      };
    case 'deviation':
      if (target === null) return null;
      return {
        numerator: subtractDecimals(measured, target),
        denominator: target,
        numeratorTerms: [measured, target],
        denominatorTerms: null,
        exactPercent,
        rate,
      };
    case 'two-minus-ratio': {
      // 2 − a ÷ t written as one division: (2t − a) ÷ t.
      if (target === null) return null;
      const twice = addDecimals(target, target);
      return {
        numerator: subtractDecimals(twice, measured),
        denominator: target,
        numeratorTerms: [twice, measured],
        denominatorTerms: null,
        exactPercent,
        rate,
      };
    }
    case 'ratio':
      if (target === null) return null;
      return result.direction === 'decrease'
        ? {
            numerator: target,
            denominator: measured,
            numeratorTerms: null,
            denominatorTerms: null,
            exactPercent,
            rate,
          }
        : {
            numerator: measured,
            denominator: target,
            numeratorTerms: null,
            denominatorTerms: null,
            exactPercent,
            rate,
          };
    case 'progress': {
      if (target === null) return null;
      return {
        numerator: subtractDecimals(measured, baseline),
        denominator: subtractDecimals(target, baseline),
        numeratorTerms: [measured, baseline],
        denominatorTerms: [target, baseline],
        exactPercent,
        rate,
      };
    }
  }
}
