import type { RateRule } from '../../domain/achievement.ts';
import { achievementWith, isBaseChange } from '../../domain/achievement.ts';
import { yearPlan } from '../../domain/rate-target.ts';
import { baseYearRate } from './base-year-rate.ts';
import { inferRateRule, namesBaseChange, RAISED_RATIO } from '../../domain/inference.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import type { PrintedRate, Rounding } from '../../domain/rate-format.ts';
import { formatRateLike } from '../../domain/rate-format.ts';

/** A rate printed for a single year, beside what that year's figures give. */
export interface YearRateCheck {
  readonly fiscalYear: FiscalYear;
  /** The rate as printed (its text). */
  readonly printed: string;
  /** The year's actual against its plan, at the printed precision; null when the year gives none. */
  readonly computed: string | null;
  readonly match: boolean;
  /** Why it does not match, naming the KPI and the year; null when it does. */
  readonly mismatch: string | null;
  /** The file column the rate was printed in. */
  readonly column: number;
}

/**
 * A rate printed for a single year checked against that year's actual and plan, by the KPI's
 * own direction and formula (いわき市 18年度: 2,085 / 950 = 219.5%).
 */
export function checkYearRate(
  kpi: Kpi,
  rate: {
    readonly fiscalYear: FiscalYear;
    readonly printed: PrintedRate;
    readonly column?: number;
  },
  rounding: Rounding = 'half-up',
): YearRateCheck {
  const { fiscalYear, printed } = rate;
  const year = formatFiscalYear(fiscalYear);
  const seen = { fiscalYear, printed: printed.text, column: rate.column ?? 0 };
  const missed = (computed: string | null, mismatch: string): YearRateCheck => ({
    ...seen,
    computed,
    match: false,
    mismatch,
  });
  // A change on the base year needs no plan (阿波市 each year's 基準年比 N%削減).
  if (yearPlan(kpi, fiscalYear) === null && !isBaseChange(kpi.formula)) {
    // Under the baseline's own year, the latest actual against the baseline, where that gives it.
    const computed = baseYearRate(kpi, fiscalYear, printed, rounding);
    if (computed === printed.text) return { ...seen, computed, match: true, mismatch: null };
    return missed(
      null,
      `KPI ${kpi.code}: a rate ${printed.text} is printed for ${year}, which has no plan`,
    );
  }
  // The year's actual against the year's own plan: the milestone basis (domain/rate-target.ts).
  const result = achievementWith(kpi, fiscalYear, {
    direction: kpi.direction,
    basis: 'milestone',
    formula: kpi.formula,
  });
  if (result.kind === 'none')
    return missed(
      null,
      `KPI ${kpi.code}: the ${year} rate printed is ${printed.text}, but the year gives none (${result.reason})`,
    );
  const computed = formatRateLike(result.ratio, printed, rounding);
  if (computed === printed.text) return { ...seen, computed, match: true, mismatch: null };
  const against = isBaseChange(kpi.formula) ? 'the base year' : 'its plan';
  if (raisedYearRatio(kpi, fiscalYear, printed, rounding))
    return missed(
      computed,
      `KPI ${kpi.code}: the ${year} rate ${printed.text} is ${RAISED_RATIO}, as for a figure to raise, though this one is to bring down (so over 100% it is a miss); its plan ÷ its actual gives ${computed}`,
    );
  return missed(
    computed,
    `KPI ${kpi.code}: the ${year} rate printed is ${printed.text}, but the year's actual against ${against} gives ${computed}`,
  );
}

/**
 * A year rate of a KPI to bring down that is the year's actual over its plan, as for a figure to
 * raise (御所市 ごみの量 ダウン: H23 100.2% = 581 ÷ 580, where 580 ÷ 581 = 99.8%), as its own
 * rate is said to be (`RAISED_RATIO` in `domain/inference.ts`): said so, never adopted.
 */
function raisedYearRatio(
  kpi: Kpi,
  fiscalYear: FiscalYear,
  printed: PrintedRate,
  rounding: Rounding,
): boolean {
  if (kpi.direction !== 'decrease' || kpi.formula !== 'ratio') return false;
  const raised = achievementWith(kpi, fiscalYear, {
    direction: 'increase',
    basis: 'milestone',
    formula: 'ratio',
  });
  return raised.kind === 'rate' && formatRateLike(raised.ratio, printed, rounding) === printed.text;
}

/** Why a rate printed for a single year is not that year's figures' (see checkYearRate); null when it is. */
export function yearRateMismatch(
  kpi: Kpi,
  rate: { readonly fiscalYear: FiscalYear; readonly printed: PrintedRate },
  rounding: Rounding = 'half-up',
): string | null {
  return checkYearRate(kpi, rate, rounding).mismatch;
}

/** A KPI measured against the plan of one year (`yearPlan`): that year's milestone as its target. */
function againstPlanOf(kpi: Kpi, fiscalYear: FiscalYear): Kpi | null {
  const plan = yearPlan(kpi, fiscalYear);
  return plan === null ? null : { ...kpi, target: { kind: 'value', value: plan, fiscalYear } };
}

/**
 * The rule the rates printed for single years reproduce, for a KPI that prints none of its own
 * (小坂町 地方債現在高: its 23年度 乖離率 unreadable, its 19–22年度 ones (A − B) ÷ A): the rule of
 * the first year rate some rule reproduces, if every other year rate agrees with it, or, for a
 * change on the base year, all but one of three or more (a misprint, reported). Null when none
 * does.
 */
export function yearRatesRule(
  kpi: Kpi,
  rates: readonly YearRate[],
  rounding: Rounding,
): { rule: RateRule; rounding: Rounding } | null {
  // The table's rounding first; else the other, when two or more year rates of the KPI all
  // agree with it (茨城県 H29: 129.075 printed 129.0%, 117.95 printed 117.9%: cut off, 切り捨て).
  // One rate alone says nothing of the rounding: a misprint one unit low (いわき市 219.4% for
  // 219.47) is not read as cut off.
  const other: Rounding = rounding === 'half-up' ? 'truncate' : 'half-up';
  for (const r of rates.length >= 2 ? [rounding, other] : [rounding]) {
    const rule = ruleOfYears(kpi, rates, r);
    if (rule !== null) return { rule, rounding: r };
  }
  return null;
}

interface YearRate {
  readonly fiscalYear: FiscalYear;
  readonly printed: PrintedRate;
  readonly label: string;
}

function ruleOfYears(kpi: Kpi, rates: readonly YearRate[], rounding: Rounding): RateRule | null {
  for (const { fiscalYear, printed, label } of rates) {
    // A rate headed as a change on the base year is tried with no plan: none enters it.
    const planned =
      againstPlanOf(kpi, fiscalYear) ??
      (kpi.baseline !== null && namesBaseChange(label) ? kpi : null);
    const inference = planned && inferRateRule(planned, fiscalYear, printed, rounding, label);
    if (inference?.kind !== 'matched') continue;
    const rule = { ...inference.rule, basis: 'latest' as const };
    const ruled = { ...kpi, ...rule };
    // One rate of three or more that disagrees is a misprint to report, not another rule (阿波市
    // 第1次 H23: 0.6%増加 printed again from the line above, where 4,477 against 4,154 is 7.8%).
    const misses = rates.filter((r) => yearRateMismatch(ruled, r, rounding) !== null).length;
    // A change on the base year leaves no room for another rounding or plan to explain it.
    const misprint = misses === 1 && rates.length >= 3 && isBaseChange(rule.formula);
    return misses === 0 || misprint ? rule : null;
  }
  return null;
}
