import { achievementWith } from '../../domain/achievement.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import type { PrintedRate, Rounding } from '../../domain/rate-format.ts';
import { formatRateLike } from '../../domain/rate-format.ts';

/**
 * A rate printed under the baseline's own year, where no plan is (財政健全化計画等執行状況, 津野町
 * 推移表 計画前年度 (平成18年度): 乖離率 49.0% = (15.7 − 8.0) ÷ 15.7, the year before the plan
 * against its last result): the latest actual reckoned against the baseline by the KPI's own
 * direction and formula, the baseline standing where the plan would. The rate at the printed
 * precision, or null when the year is not the baseline's or the figures give none.
 */
export function baseYearRate(
  kpi: Kpi,
  fiscalYear: FiscalYear,
  printed: PrintedRate,
  rounding: Rounding,
): string | null {
  const baseline = kpi.baseline;
  if (baseline === null || baseline.fiscalYear !== fiscalYear) return null;
  let latest: FiscalYear | null = null;
  for (const a of kpi.actuals)
    if (
      a.figure.value !== null &&
      a.fiscalYear > fiscalYear &&
      (latest === null || a.fiscalYear > latest)
    )
      latest = a.fiscalYear;
  if (latest === null) return null;
  const against: Kpi = {
    ...kpi,
    target: { kind: 'value', value: baseline.value, fiscalYear: latest },
  };
  const result = achievementWith(against, latest, {
    direction: kpi.direction,
    basis: 'latest',
    formula: kpi.formula,
  });
  return result.kind === 'none' ? null : formatRateLike(result.ratio, printed, rounding);
}
