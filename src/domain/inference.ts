import type { Achievement, RateRule } from './achievement.ts';
import { achievementWith } from './achievement.ts';
import { compareDecimals } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Basis, Baseline, Direction, Formula, Kpi, Target } from './model.ts';
import type { PrintedRate } from './rate-format.ts';
import { formatRateLike } from './rate-format.ts';

/**
 * A KPI's direction read off its baseline and target: a target above the baseline is an
 * increase (② 78 → 200), below it a decrease (⑦ floor area 299,963 → 264,000), equal a
 * maintain; a floor (以上) or ceiling (以下) says it outright. Without a baseline: increase.
 */
export function inferDirection(baseline: Baseline | null, target: Target | null): Direction {
  if (target === null) return 'increase';
  switch (target.kind) {
    case 'at-least':
      return 'increase';
    case 'at-most':
      return 'decrease';
    case 'maintain':
      return 'maintain';
    case 'value': {
      if (baseline === null) return 'increase';
      const order = compareDecimals(target.value, baseline.value);
      return order > 0 ? 'increase' : order < 0 ? 'decrease' : 'maintain';
    }
  }
}

/** The bases worth trying, most likely first for how the KPI counts. */
function basisOrder(kpi: Kpi): Basis[] {
  if (kpi.cumulativeActuals.length > 0 || kpi.counting === 'cumulative') {
    return ['cumulative', 'latest', 'period-sum'];
  }
  return ['latest', 'period-sum', 'cumulative'];
}

export type RuleInference =
  | { readonly kind: 'matched'; readonly rule: RateRule }
  | { readonly kind: 'unmatched'; readonly rule: RateRule; readonly reason: string }
  | { readonly kind: 'no-printed-rate'; readonly rule: RateRule };

function describe(result: Achievement, printed: PrintedRate): string {
  return result.kind === 'rate'
    ? formatRateLike(result.ratio, printed)
    : `no rate (${result.reason})`;
}

/**
 * Finds the basis and formula that reproduce a printed rate: neither is printed, so an importer
 * tries each (⑩ is marked 単年度 yet its 43% is the cumulative 3 of 7; ⑪'s 75% is
 * (3+8+4)/20, the sum over the period). When none does, says what each gave.
 */
export function inferRateRule(
  kpi: Kpi,
  year: FiscalYear,
  printed: PrintedRate | null,
): RuleInference {
  const bases = basisOrder(kpi);
  const fallback: RateRule = {
    direction: kpi.direction,
    basis: bases[0] ?? 'latest',
    formula: 'ratio',
  };
  const preferred: RateRule =
    kpi.counting === 'cumulative' || kpi.cumulativeActuals.length > 0
      ? fallback
      : { ...fallback, basis: 'latest' };
  if (printed === null) return { kind: 'no-printed-rate', rule: preferred };
  const formulas: Formula[] =
    kpi.formula === 'progress' ? ['progress', 'ratio'] : ['ratio', 'progress'];
  const tried: string[] = [];
  for (const formula of formulas) {
    for (const basis of bases) {
      const rule: RateRule = { direction: kpi.direction, basis, formula };
      const result = achievementWith(kpi, year, rule);
      if (result.kind === 'rate' && formatRateLike(result.ratio, printed) === printed.text) {
        return { kind: 'matched', rule };
      }
      tried.push(`${formula}/${basis}: ${describe(result, printed)}`);
    }
  }
  return {
    kind: 'unmatched',
    rule: preferred,
    reason: `no basis or formula reproduces the printed ${printed.text} (${tried.join('; ')})`,
  };
}
