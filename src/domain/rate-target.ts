import type { Decimal } from './decimal.ts';
import { addDecimals } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Basis, Kpi } from './model.ts';

/**
 * The plan of one year: its milestone (R5目標); of a line of yearly plans with none for the year,
 * the KPI's target where that is the year's (目標 R2 R3 R4: R4's is the target); with no yearly
 * plan at all, the KPI's target (御所市 each year's 達成率 against 平成32年's 93.00). Null when
 * the year has none.
 */
export function yearPlan(kpi: Kpi, year: FiscalYear): Decimal | null {
  for (const milestone of kpi.milestones)
    if (milestone.fiscalYear === year && milestone.figure.value !== null)
      return milestone.figure.value;
  const target = kpi.target;
  if (target === null) return null;
  return kpi.milestones.length === 0 || target.fiscalYear === year ? target.value : null;
}

/**
 * The plans of the years a period sum counts (after the baseline's year, up to `year`), added
 * up: 行政改革 効果額's Σ計画 (90,000 = 30,000 × 3). Null when none of those years has one.
 */
function plannedSum(kpi: Kpi, year: FiscalYear): Decimal | null {
  const from = kpi.baseline?.fiscalYear ?? null;
  const years = new Set<FiscalYear>();
  for (const m of kpi.milestones) years.add(m.fiscalYear);
  if (kpi.target?.fiscalYear != null) years.add(kpi.target.fiscalYear);
  const plans: Decimal[] = [];
  for (const y of years) {
    if (y > year || (from !== null && y <= from)) continue;
    const plan = yearPlan(kpi, y);
    if (plan !== null) plans.push(plan);
  }
  return plans.length === 0 ? null : addDecimals(...plans);
}

/**
 * The figure a KPI's rate is reckoned against in a fiscal year under a basis: the KPI's target,
 * except for the two bases on the yearly plans: `milestone`, the plan of the year measured (R5
 * 実績 ÷ R5目標), and `milestone-sum`, the plans of the period's years added up (Σ実績 ÷ Σ計画).
 * `measuredYear` is the year the measured figure stands for (the latest actual's).
 */
export function rateTarget(
  kpi: Kpi,
  basis: Basis,
  year: FiscalYear,
  measuredYear: FiscalYear,
): Decimal | null {
  switch (basis) {
    case 'milestone':
      return yearPlan(kpi, measuredYear);
    case 'milestone-sum':
      return plannedSum(kpi, year);
    default:
      return kpi.target?.value ?? null;
  }
}
