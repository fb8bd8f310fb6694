import type { RecordState } from './entry-state.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Kpi, Narrative, Plan, YearFigure } from './model.ts';

/** A stored figure or narrative not yet approved: a draft, submitted or returned entry. */
export interface UnapprovedRecord {
  readonly code: string;
  readonly fiscalYear: FiscalYear;
  /** Null for the KPI's own row; a department's row of a breakdown (⑰ 上下水道課) otherwise. */
  readonly department: string | null;
  readonly kind: 'actual' | 'cumulative' | 'narrative';
  readonly state: Exclude<RecordState, 'approved'>;
}

/**
 * The plan as it counts: approved figures and narratives only (issue 12). What a department
 * saved during a round, submitted or not, leaves no trace until approved — no rate, no grade,
 * no projection, and no newer "latest year". Milestones are the plan's own targets and stay.
 * @example
 * // ⑦ R6 282,000 saved as a draft: the report still ends at R5 283,179 → 93%.
 * withoutUnapproved(plan, [{ code: '⑦', fiscalYear: 2024, department: null, kind: 'actual', state: 'draft' }])
 */
export function withoutUnapproved(plan: Plan, records: readonly UnapprovedRecord[]): Plan {
  if (records.length === 0) return plan;
  const keys = new Set(
    records.map((r) => `${r.code}|${r.kind}|${r.department ?? ''}|${r.fiscalYear}`),
  );
  const counts =
    (code: string, kind: UnapprovedRecord['kind'], department: string | null) =>
    (f: YearFigure | Narrative) =>
      !keys.has(`${code}|${kind}|${department ?? ''}|${f.fiscalYear}`);
  const restrictKpi = (kpi: Kpi): Kpi => ({
    ...kpi,
    actuals: kpi.actuals.filter(counts(kpi.code, 'actual', null)),
    cumulativeActuals: kpi.cumulativeActuals.filter(counts(kpi.code, 'cumulative', null)),
    departmentActuals: kpi.departmentActuals.map((d) => ({
      ...d,
      actuals: d.actuals.filter(counts(kpi.code, 'actual', d.department)),
    })),
    narratives: kpi.narratives.filter((n) => counts(kpi.code, 'narrative', n.department)(n)),
  });
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(restrictKpi) })),
    })),
  };
}
