import type { RecordState } from './entry-state.ts';
import { parseFigureText } from './figure-text.ts';
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
  /**
   * What the record read when it was last approved (a figure as printed, "283179", or the
   * narrative), while a correction of it is in review; null or absent when it never was.
   */
  readonly approvedText?: string | null;
}

/**
 * The plan as it counts: approved figures and narratives only (issue 12). What a department
 * saved during a round, submitted or not, leaves no trace until approved — no rate, no grade,
 * no projection, and no newer "latest year". A correction of an approved record (a reopened
 * entry) counts as it was approved until the correction is. Milestones are the plan's own
 * targets and stay.
 * @example
 * // ⑦ R6 282,000 saved as a draft: the report still ends at R5 283,179 → 93%.
 * withoutUnapproved(plan, [{ code: '⑦', fiscalYear: 2024, department: null, kind: 'actual', state: 'draft' }])
 */
export function withoutUnapproved(plan: Plan, records: readonly UnapprovedRecord[]): Plan {
  if (records.length === 0) return plan;
  const byKey = new Map(
    records.map((r) => [`${r.code}|${r.kind}|${r.department ?? ''}|${r.fiscalYear}`, r]),
  );
  const find = (
    code: string,
    kind: UnapprovedRecord['kind'],
    department: string | null,
    year: number,
  ) => byKey.get(`${code}|${kind}|${department ?? ''}|${year}`);
  // A record in review counts as it was approved, or not at all when it never was.
  const figures =
    (code: string, kind: 'actual' | 'cumulative', department: string | null) =>
    (series: readonly YearFigure[]): YearFigure[] =>
      series.flatMap((f) => {
        const record = find(code, kind, department, f.fiscalYear);
        if (record === undefined) return [f];
        const approved =
          record.approvedText == null ? undefined : parseFigureText(record.approvedText);
        return approved === undefined
          ? []
          : [{ fiscalYear: f.fiscalYear, figure: approved.figure }];
      });
  const narratives =
    (code: string) =>
    (series: readonly Narrative[]): Narrative[] =>
      series.flatMap((n) => {
        const record = find(code, 'narrative', n.department, n.fiscalYear);
        if (record === undefined) return [n];
        return record.approvedText == null ? [] : [{ ...n, text: record.approvedText }];
      });
  const restrictKpi = (kpi: Kpi): Kpi => ({
    ...kpi,
    actuals: figures(kpi.code, 'actual', null)(kpi.actuals),
    cumulativeActuals: figures(kpi.code, 'cumulative', null)(kpi.cumulativeActuals),
    departmentActuals: kpi.departmentActuals.map((d) => ({
      ...d,
      actuals: figures(kpi.code, 'actual', d.department)(d.actuals),
    })),
    narratives: narratives(kpi.code)(kpi.narratives),
  });
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(restrictKpi) })),
    })),
  };
}
