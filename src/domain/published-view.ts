import type { FiscalYear } from './fiscal-year.ts';
import type { Kpi, Plan, YearFigure } from './model.ts';

/**
 * The plan as a visitor may read it: the figures and narratives of published fiscal years
 * only. The plan tree, baselines, targets and milestones are the plan itself and stay.
 * A year that is not published leaves no trace, so no rate or projection can hint at it.
 */
export function restrictToYears(plan: Plan, years: ReadonlySet<FiscalYear>): Plan {
  const keep = (figures: readonly YearFigure[]) => figures.filter((f) => years.has(f.fiscalYear));
  const restrictKpi = (kpi: Kpi): Kpi => ({
    ...kpi,
    actuals: keep(kpi.actuals),
    cumulativeActuals: keep(kpi.cumulativeActuals),
    departmentActuals: kpi.departmentActuals.map((d) => ({ ...d, actuals: keep(d.actuals) })),
    narratives: kpi.narratives.filter((n) => years.has(n.fiscalYear)),
  });
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(restrictKpi) })),
    })),
  };
}
