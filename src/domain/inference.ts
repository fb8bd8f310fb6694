import type { Achievement, RateRule } from './achievement.ts';
import { achievementWith } from './achievement.ts';
import { compareDecimals } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Basis, Baseline, Direction, Formula, Kpi, Target } from './model.ts';
import type { PrintedRate, Rounding } from './rate-format.ts';
import { formatRateLike } from './rate-format.ts';
import { ratioMeaningless } from './signed-figures.ts';

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

/**
 * The bases worth trying, most likely first for how the KPI counts; the yearly plans last, and
 * only where the KPI has some (R5目標 beside R7's target): against its target first.
 */
function basisOrder(kpi: Kpi): readonly Basis[] {
  const cumulative = kpi.cumulativeActuals.length > 0 || kpi.counting === 'cumulative';
  if (kpi.milestones.length === 0) return cumulative ? CUMULATIVE_FIRST : LATEST_FIRST;
  return cumulative ? CUMULATIVE_FIRST_PLANS : LATEST_FIRST_PLANS;
}

// The orders tried, made once (these are asked for every KPI of a table).
const CUMULATIVE_FIRST: readonly Basis[] = ['cumulative', 'latest', 'period-sum'];
const LATEST_FIRST: readonly Basis[] = ['latest', 'period-sum', 'cumulative'];
const CUMULATIVE_FIRST_PLANS: readonly Basis[] = [
  ...CUMULATIVE_FIRST,
  'milestone',
  'milestone-sum',
];
const LATEST_FIRST_PLANS: readonly Basis[] = [...LATEST_FIRST, 'milestone', 'milestone-sum'];
const DECREASE_FIRST: readonly Direction[] = ['decrease', 'increase'];
const INCREASE_FIRST: readonly Direction[] = ['increase', 'decrease'];
const ONLY: Readonly<Record<Direction, readonly Direction[]>> = {
  increase: ['increase'],
  decrease: ['decrease'],
  maintain: ['maintain'],
};

export type RuleInference =
  | { readonly kind: 'matched'; readonly rule: RateRule; readonly rounding: Rounding }
  | { readonly kind: 'unmatched'; readonly rule: RateRule; readonly reason: string }
  | { readonly kind: 'no-printed-rate'; readonly rule: RateRule };

function describe(result: Achievement, printed: PrintedRate, rounding: Rounding): string {
  return result.kind === 'rate'
    ? formatRateLike(result.ratio, printed, rounding)
    : `no rate (${result.reason})`;
}

/** A title saying the figure is to be brought down (ごみの排出量の削減, 待機児童の減少). */
const DECREASE_WORDS = /削減|減少|縮減|抑制|低減/;

/**
 * The directions worth trying: the one read off baseline and target first; with no baseline
 * to say it, the other too (a decrease known only from its title, 削減, is tried first).
 */
function directionOrder(kpi: Kpi): readonly Direction[] {
  // With no baseline printed, a decrease is only read off the first actual against the target
  // (茨城県 雇用創出数: 2,748 in H27 against 2,000 a year): the other direction is tried after it.
  if (kpi.baseline === null && kpi.direction === 'decrease') return DECREASE_FIRST;
  if (kpi.baseline !== null || kpi.direction !== 'increase') return ONLY[kpi.direction];
  return DECREASE_WORDS.test(kpi.title) ? DECREASE_FIRST : INCREASE_FIRST;
}

/** A rate header that names a gap to the target (乖離率). */
const GAP_WORDS = /乖離/;
/**
 * A rate header that names a change against a base year (増減率, 削減率, 純減率, 基準年比 1.0%増加,
 * 市川市 「対 H18 年度比率」: against the year it names).
 */
const CHANGE_WORDS =
  /増減|削減|減少|純減|純増|伸び|増加|基準年度?比|対(?:平成|令和|[HR])?\d{1,4}年度?比/;

/** A rate header that names a cut (削減率, 軽米町 純 減 率). */
const CUT_WORDS = /削減|減少|純減/;

/** Whether a rate's header names a change against a base year (増減率, 削減率, 軽米町 純 減 率). */
export const namesBaseChange = (rateWords: string | null): boolean =>
  CHANGE_WORDS.test(halfWidthDigits(rateWords ?? '').replace(/\s+/g, ''));

/** A header's words with digits typed in full width as half width (「対 H１８ 年度比率」). */
const halfWidthDigits = (words: string): string =>
  /[０-９]/.test(words) ? words.normalize('NFKC') : words;

/**
 * The formulas worth trying, the KPI's own first: the ratio and progress to its target, the gap
 * to it (乖離率: 小坂町's −4.8%), then, with a baseline, the change against it (増減率, 削減率:
 * 三重県's ▲1.6%, 八頭町's ▲1.28%), tried last so that a rate a target explains is never read
 * as a change. The gap and the changes only when the rate's header names them (`rateWords`):
 * a 達成率 of 20% where actual ÷ target is 80% is a mismatch to show, not a gap.
 */
function formulaOrder(
  kpi: Kpi,
  direction: Direction,
  rateWords: string | null,
  own: Formula,
): readonly Formula[] {
  // A table's KPIs ask the same few questions: each answer is built once (this runs per KPI).
  // The last few asked are compared part by part first, with no key to build and hash.
  const words = halfWidthDigits(rateWords ?? '');
  const noBaseline = kpi.baseline === null;
  for (const recent of RECENT_ORDERS)
    if (
      recent.own === own &&
      recent.direction === direction &&
      recent.noBaseline === noBaseline &&
      recent.words === words
    )
      return recent.order;
  const key = `${own}|${direction}|${noBaseline}|${words}`;
  let order = FORMULA_ORDERS.get(key);
  if (!order) {
    if (FORMULA_ORDERS.size > 256) FORMULA_ORDERS.clear();
    order = buildFormulaOrder(kpi, direction, words, own);
    FORMULA_ORDERS.set(key, order);
  }
  RECENT_ORDERS.unshift({ own, direction, noBaseline, words, order });
  if (RECENT_ORDERS.length > RECENT_SIZE) RECENT_ORDERS.pop();
  return order;
}

const FORMULA_ORDERS = new Map<string, readonly Formula[]>();

/** The answers {@link formulaOrder} gave last, latest first, a few at most. */
const RECENT_ORDERS: {
  readonly own: Formula;
  readonly direction: Direction;
  readonly noBaseline: boolean;
  readonly words: string;
  readonly order: readonly Formula[];
}[] = [];
const RECENT_SIZE = 8;

function buildFormulaOrder(
  kpi: Kpi,
  direction: Direction,
  words: string,
  own: Formula,
): readonly Formula[] {
  // A figure to bring down, known so or being tried so, may be rated 2 − actual ÷ target
  // (長崎市 0.24 of 0.30: 120.0%; コピー用紙使用量 2,240 of 2,000 千枚: 88.0%).
  const down: Formula[] = direction === 'decrease' ? ['two-minus-ratio'] : [];
  const toTarget: Formula[] = GAP_WORDS.test(words)
    ? ['ratio', 'progress', ...down, 'gap', 'deviation']
    : ['ratio', 'progress', ...down];
  // A cut (削減, 純減) tries the reduction first: a 0.0% reads as no cut, not as no change.
  const toBase: Formula[] =
    kpi.baseline === null || !namesBaseChange(words)
      ? []
      : CUT_WORDS.test(words.replace(/\s+/g, ''))
        ? ['reduction', 'change']
        : ['change', 'reduction'];
  const all = [...toTarget, ...toBase];
  return [own, ...all.filter((f) => f !== own)];
}

/**
 * Finds the direction, basis and formula that reproduce a printed rate: none is printed, so an
 * importer tries each (⑩ is marked 単年度 yet its 43% is the cumulative 3 of 7; ⑪'s 75% is
 * (3+8+4)/20, the sum over the period), at the printed rate's own precision and with the
 * table's rounding (half up, or cut off, 切り捨て: a 27.87% printed 27.8%, as the role search
 * found). When none does, says what each gave.
 */
export function inferRateRule(
  kpi: Kpi,
  year: FiscalYear,
  printed: PrintedRate | null,
  rounding: Rounding = 'half-up',
  rateWords: string | null = null,
): RuleInference {
  const bases = basisOrder(kpi);
  const fallback: RateRule = {
    direction: kpi.direction,
    basis: bases[0] ?? 'latest',
    formula: 'ratio',
  };
  const preferred: RateRule = {
    ...fallback,
    basis:
      kpi.counting === 'cumulative' || kpi.cumulativeActuals.length > 0 ? fallback.basis : 'latest',
    // Figures below zero or a target of zero (社会増減数, 待機児童数 → 0): progress from the
    // baseline, where a ratio says nothing; tried first where a rate is printed too.
    formula: kpi.formula === 'ratio' && ratioMeaningless(kpi) ? 'progress' : kpi.formula,
  };
  if (printed === null) return { kind: 'no-printed-rate', rule: preferred };
  // What each rule gave, described only if none matches (most KPIs match on an early one).
  const tried: [RateRule, Achievement][] = [];
  for (const direction of directionOrder(kpi)) {
    for (const formula of formulaOrder(kpi, direction, rateWords, preferred.formula)) {
      for (const basis of bases) {
        // A reduction is reckoned the same either way, and says what the KPI is: a figure to bring down.
        const rule: RateRule = {
          direction: formula === 'reduction' ? 'decrease' : direction,
          basis,
          formula,
        };
        const result = achievementWith(kpi, year, rule);
        if (
          result.kind === 'rate' &&
          formatRateLike(result.ratio, printed, rounding) === printed.text
        ) {
          return { kind: 'matched', rule, rounding };
        }
        if (direction === kpi.direction) tried.push([rule, result]);
      }
    }
  }
  const others = directionOrder(kpi).length > 1 ? ', nor the other direction,' : '';
  const raised = raisedRatioBasis(kpi, year, printed, rounding, bases);
  const howRounded = rounding === 'truncate' ? 'cut off (切り捨て)' : 'rounded half up';
  const candidates = tried
    .map(
      ([rule, result]) => `${rule.formula}/${rule.basis}: ${describe(result, printed, rounding)}`,
    )
    .join('; ');
  const reason =
    raised !== null
      ? `${RAISED_RATIO} (${BASIS_WORDS[raised]}): the printed ${printed.text} divides as for a figure to raise, though this one is to bring down (its target is below its baseline), so over 100% it is a miss; Mieruka computes target ÷ actual (${candidates})`
      : cappedAt100(kpi, year, printed, rounding)
        ? `${CAPPED_AT_100}: the printed ${printed.text} where the figures give more; Mieruka never caps a rate (${candidates})`
        : `no basis or formula${others} ${howRounded} reproduces the printed ${printed.text} (${candidates})`;
  return { kind: 'unmatched', rule: preferred, reason };
}

/** What the reason of a rate a table capped at 100% starts with. */
export const CAPPED_AT_100 = 'capped at 100%';

/**
 * Whether a printed 100% stands where the KPI's own ratio gives more: a table that caps its
 * rates (「100%を超える場合は100%」), which Mieruka does not do (DESIGN: never capped).
 */
function cappedAt100(
  kpi: Kpi,
  year: FiscalYear,
  printed: PrintedRate,
  rounding: Rounding,
): boolean {
  if (Number.parseFloat(printed.text) !== 100) return false;
  const result = achievementWith(kpi, year, {
    direction: kpi.direction,
    basis: basisOrder(kpi)[0] ?? 'latest',
    formula: 'ratio',
  });
  return (
    result.kind === 'rate' &&
    Number.parseFloat(formatRateLike(result.ratio, printed, rounding)) > 100
  );
}

/** What the reason of a decrease KPI printed as actual ÷ target starts with (御所市 ごみの量 581/580). */
export const RAISED_RATIO = 'printed as actual ÷ target';

/**
 * The basis on which a KPI to bring down has its printed rate as actual ÷ target, as a table
 * divides every KPI alike (御所市 ごみの量 ダウン 611 → 580, printed 586 ÷ 580 = 101.0%): not
 * adopted, since over 100% it is a miss, but said. Null when the KPI is no decrease with a
 * baseline, or that division does not reproduce the rate either.
 */
function raisedRatioBasis(
  kpi: Kpi,
  year: FiscalYear,
  printed: PrintedRate,
  rounding: Rounding,
  bases: readonly Basis[],
): Basis | null {
  if (kpi.direction !== 'decrease' || kpi.baseline === null) return null;
  for (const basis of bases) {
    const result = achievementWith(kpi, year, { direction: 'increase', basis, formula: 'ratio' });
    if (result.kind === 'rate' && formatRateLike(result.ratio, printed, rounding) === printed.text)
      return basis;
  }
  return null;
}

const FORMULA_WORDS: Record<Formula, Record<Direction, string>> = {
  ratio: {
    increase: 'actual ÷ target',
    maintain: 'actual ÷ target',
    decrease: 'target ÷ actual',
  },
  progress: {
    increase: '(actual − baseline) ÷ (target − baseline)',
    maintain: '(actual − baseline) ÷ (target − baseline)',
    decrease: '(actual − baseline) ÷ (target − baseline)',
  },
  change: {
    increase: '(actual − baseline) ÷ baseline',
    maintain: '(actual − baseline) ÷ baseline',
    decrease: '(actual − baseline) ÷ baseline',
  },
  reduction: {
    increase: '(baseline − actual) ÷ baseline',
    maintain: '(baseline − actual) ÷ baseline',
    decrease: '(baseline − actual) ÷ baseline',
  },
  gap: {
    increase: '(target − actual) ÷ target',
    maintain: '(target − actual) ÷ target',
    decrease: '(target − actual) ÷ target',
  },
  deviation: {
    increase: '(actual − target) ÷ target',
    maintain: '(actual − target) ÷ target',
    decrease: '(actual − target) ÷ target',
  },
  'two-minus-ratio': {
    increase: '2 − actual ÷ target',
    maintain: '2 − actual ÷ target',
    decrease: '2 − actual ÷ target',
  },
};

const BASIS_WORDS: Record<Basis, string> = {
  latest: "the report year's actual",
  cumulative: 'the cumulative actual',
  'period-sum': 'the sum of the yearly actuals',
  milestone: "the report year's actual, its target the year's own plan",
  'milestone-sum': 'the sum of the yearly actuals, its target the sum of the yearly plans',
};

/**
 * Which formula and rounding reproduced a KPI's printed rate, in words for `check --explain`
 * and the import page: "target ÷ actual (the report year's actual), cut off (切り捨て) to 1
 * decimal". Null when there was no printed rate or nothing reproduced it.
 */
export function describeRule(inference: RuleInference, printed: PrintedRate | null): string | null {
  if (inference.kind !== 'matched' || printed === null) return null;
  const { direction, basis, formula } = inference.rule;
  // A spreadsheet's unrounded rate is not rounded to its places: it is the sheet's value.
  if (printed.unrounded)
    return `${FORMULA_WORDS[formula][direction]} (${BASIS_WORDS[basis]}), as a spreadsheet holds it, unrounded`;
  const places =
    printed.decimals === 0
      ? 'a whole percent'
      : `${printed.decimals} decimal${printed.decimals > 1 ? 's' : ''}`;
  const rounding = inference.rounding === 'truncate' ? 'cut off (切り捨て)' : 'rounded half up';
  return `${FORMULA_WORDS[formula][direction]} (${BASIS_WORDS[basis]}), ${rounding} to ${places}`;
}
