import type { Kpi, Plan } from '../../src/domain/model.ts';

/** The plan with one KPI replaced: a later report of the same table. */
export function editKpi(plan: Plan, code: string, change: (kpi: Kpi) => Kpi): Plan {
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({
        ...theme,
        kpis: theme.kpis.map((kpi) => (kpi.code === code ? change(kpi) : kpi)),
      })),
    })),
  };
}

export { uniqueMunicipalityCode } from './fresh-plan.ts';
