import type { Decimal } from './decimal.ts';
import { addDecimals, isZero, subtractDecimals } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import { gradeFor } from './grade-scale.ts';
import type { MeasuredValue } from './measured-value.ts';
import { measuredValue } from './measured-value.ts';
import { rateTarget } from './rate-target.ts';
import type { Basis, Direction, Formula, Kpi } from './model.ts';
import type { Ratio } from './ratio.ts';
import { divide } from './ratio.ts';
import type { RatePrecision } from './rate-format.ts';
import { formatRate } from './rate-format.ts';

/**
 * Why a KPI has no rate: no target (⑨, ⑫), no figure at all, no baseline for a progress rate,
 * a division by zero, no figure reported in the report's year (R6 before anyone entered
 * one: R5's 50% is R5's, not R6's), or, for a KPI rated against its yearly plans, no plan for
 * the year (R6 before its milestone is set: not rated against R7's target).
 */
export const NO_RATE_REASONS = [
  'no-target',
  'no-actual',
  'no-baseline',
  'division-by-zero',
  'not-reported',
  'no-year-plan',
] as const;
export type NoRateReason = (typeof NO_RATE_REASONS)[number];

export type Achievement =
  | {
      readonly kind: 'rate';
      readonly ratio: Ratio;
      readonly measured: MeasuredValue;
      /** Null only for a change against the base year, which no target enters. */
      readonly target: Decimal | null;
      readonly baseline: Decimal | null;
      readonly direction: Direction;
      readonly basis: Basis;
      readonly formula: Formula;
    }
  | { readonly kind: 'none'; readonly reason: NoRateReason };

export interface RateRule {
  readonly direction: Direction;
  readonly basis: Basis;
  readonly formula: Formula;
}

/** Whether a formula is a change against the base year: no target enters it. */
export function isBaseChange(formula: Formula): boolean {
  return formula === 'change' || formula === 'reduction';
}

/**
 * A change against the base year as a share of the base: `change` (actual − baseline) ÷
 * baseline (三重県 市 (16,101 − 16,363) ÷ 16,363 → ▲1.6%), `reduction` (baseline − actual) ÷
 * baseline (軽米町 (163 − 128) ÷ 163 → 21.5%).
 */
export function baseChangeRatio(
  formula: 'change' | 'reduction',
  measured: Decimal,
  baseline: Decimal | null,
): Ratio | NoRateReason {
  if (baseline === null) return 'no-baseline';
  const ratio =
    formula === 'change'
      ? divide(subtractDecimals(measured, baseline), baseline)
      : divide(subtractDecimals(baseline, measured), baseline);
  return ratio ?? 'division-by-zero';
}

/**
 * The achievement ratio of a measured value against a target.
 * ratio: increase actual ÷ target (① 1/2), decrease target ÷ actual (⑦ 264,000/283,179),
 * maintain actual ÷ target; progress: (actual − baseline) ÷ (target − baseline); change and
 * reduction: against the baseline alone (`baseChangeRatio`); gap: (target − actual) ÷ target,
 * deviation: (actual − target) ÷ target; two-minus-ratio: 2 − actual ÷ target.
 */
export function achievementRatio(
  formula: Formula,
  direction: Direction,
  measured: Decimal,
  target: Decimal,
  baseline: Decimal | null,
): Ratio | NoRateReason {
  switch (formula) {
    case 'change':
    case 'reduction':
      return baseChangeRatio(formula, measured, baseline);
    case 'gap':
      // 小坂町 乖離率 D(C/A): (計画 A − 実績 B) ÷ A, H23 職員数 (63 − 66) ÷ 63 → −4.8%.
      return divide(subtractDecimals(target, measured), target) ?? 'division-by-zero';
    case 'deviation':
      // 八街市 乖離率: (決算 − 計画) ÷ 計画, the gap signed the other way.
      return divide(subtractDecimals(measured, target), target) ?? 'division-by-zero';
    case 'two-minus-ratio':
      // 長崎市, a figure to bring down: 2 − 0.24 ÷ 0.30 = (0.60 − 0.24) ÷ 0.30 → 120.0%.
      return (
        divide(subtractDecimals(addDecimals(target, target), measured), target) ??
        'division-by-zero'
      );
    case 'ratio': {
      // Keeping or bringing a figure to zero (待機児童数 0) is full achievement, not 0 ÷ 0.
      if (direction === 'decrease' && isZero(target) && isZero(measured))
        return { numerator: 1n, denominator: 1n };
      if (direction === 'maintain' && isZero(target)) {
        return isZero(measured) ? { numerator: 1n, denominator: 1n } : 'division-by-zero';
      }
      const ratio = direction === 'decrease' ? divide(target, measured) : divide(measured, target);
      return ratio ?? 'division-by-zero';
    }
    case 'progress': {
      if (baseline === null) return 'no-baseline';
      const ratio = divide(
        subtractDecimals(measured, baseline),
        subtractDecimals(target, baseline),
      );
      return ratio ?? 'division-by-zero';
    }
  }
}

/** A KPI's achievement in a fiscal year under a rule (its own, or a candidate being tried). */
export function achievementWith(kpi: Kpi, year: FiscalYear, rule: RateRule): Achievement {
  const { formula } = rule;
  const baseChange = formula === 'change' || formula === 'reduction' ? formula : null;
  const plans = rule.basis === 'milestone' || rule.basis === 'milestone-sum';
  if (!plans && kpi.target === null && baseChange === null)
    return { kind: 'none', reason: 'no-target' };
  const measured = measuredValue(kpi, rule.basis, year);
  if (!measured) return { kind: 'none', reason: 'no-actual' };
  const target = rateTarget(kpi, rule.basis, year, measured.fiscalYear);
  if (target === null && baseChange === null)
    return { kind: 'none', reason: plans ? 'no-year-plan' : 'no-target' };
  const baseline = kpi.baseline?.value ?? null;
  const ratio =
    baseChange !== null || target === null
      ? baseChangeRatio(baseChange ?? 'change', measured.value, baseline)
      : achievementRatio(formula, rule.direction, measured.value, target, baseline);
  if (typeof ratio === 'string') return { kind: 'none', reason: ratio };
  const { direction, basis } = rule;
  return {
    kind: 'rate',
    ratio,
    measured,
    target,
    baseline,
    direction,
    basis,
    formula,
  };
}

/** A KPI's achievement in a fiscal year under its own direction, basis and formula. */
export function achievement(kpi: Kpi, year: FiscalYear): Achievement {
  return achievementWith(kpi, year, kpi);
}

/** What a report prints for a KPI: the rate at the plan's precision and the grade. */
export interface RateView {
  readonly rate: string | null;
  readonly grade: string | null;
}

export function rateView(
  result: Achievement,
  precision: RatePrecision,
  scale: GradeScale,
): RateView {
  if (result.kind === 'none') return { rate: null, grade: null };
  return { rate: formatRate(result.ratio, precision), grade: gradeFor(result.ratio, scale) };
}
