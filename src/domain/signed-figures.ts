import type { Decimal } from './decimal.ts';
import type { Kpi } from './model.ts';

/** A decimal's sign read off its text (kept canonical: "-3", "0.0", "12"): asked of every KPI. */
const signOf = (value: Decimal): -1 | 0 | 1 =>
  value.startsWith('-') ? -1 : /^0(?:\.0*)?$/.test(value) ? 0 : 1;

/**
 * Whether actual ÷ target says nothing of the KPI: its baseline or target is below zero
 * (社会増減数 −300 → −100, 転入超過 −120 → +50), or its target is zero (raised to it, or
 * brought down to it: 待機児童数 15 → 0). There the progress from the baseline,
 * (actual − baseline) ÷ (target − baseline), is the rate, as the tables print it (待機児童数
 * 15 → 0 at 3: 80.0%); a ratio of two negatives would call −400 against −100 a 400% success,
 * and 0 ÷ 3 calls any child still waiting 0%. Only with a baseline to start from: without
 * one no formula fits, and the ratio stays.
 * @example ratioMeaningless({ baseline: −300, target: 0, direction: 'increase' }) // true
 */
export function ratioMeaningless(kpi: Pick<Kpi, 'baseline' | 'target' | 'direction'>): boolean {
  const baseline = kpi.baseline?.value;
  const target = kpi.target?.value;
  if (baseline === undefined || target === undefined) return false;
  if (signOf(baseline) < 0 || signOf(target) < 0) return true;
  return kpi.direction !== 'maintain' && signOf(target) === 0;
}
