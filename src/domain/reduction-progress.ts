import { achievementRatio } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import { subtractDecimals } from './decimal.ts';
import type { ReportRow } from './plan-report.ts';
import { formatRateLike, parsePrintedRate } from './rate-format.ts';

export interface ReductionProgress {
  /** Reduced so far: baseline − actual (⑦ 299,963 − 283,179 = 16,784 m²). */
  readonly done: Decimal;
  /** Planned: baseline − target (⑦ 299,963 − 264,000 = 35,963 m²). */
  readonly planned: Decimal;
  /** done ÷ planned by the domain's progress formula, printed like the KPI's own rate. */
  readonly rate: string | null;
}

/**
 * How much of a reduction KPI's planned cut is done. A decrease KPI rated target ÷ actual
 * (⑦ 264,000 ÷ 283,179 = 93%) reads as nearly there though half the planned reduction is still
 * to come; this is the progress from the baseline beside it. Null for any other KPI, or one
 * already rated by progress, or without a baseline or an actual.
 */
export function reductionProgress(row: ReportRow): ReductionProgress | null {
  const e = row.explanation;
  if (row.direction !== 'decrease' || row.formula !== 'ratio') return null;
  if (e === null || row.baseline === null || row.target === null) return null;
  // Decrease, ratio: the explanation is target ÷ measured, so its denominator is the actual.
  const measured = e.denominator;
  const baseline = row.baseline.value;
  const target = row.target.value;
  const ratio = achievementRatio('progress', 'decrease', measured, target, baseline);
  const printed = parsePrintedRate(e.rate);
  return {
    done: subtractDecimals(baseline, measured),
    planned: subtractDecimals(baseline, target),
    rate:
      typeof ratio === 'string' || printed === undefined ? null : formatRateLike(ratio, printed),
  };
}
