import type { ReportFigure, ReportRow } from '../../../domain/plan-report.ts';

/**
 * The figure a KPI's card leads with: its own latest actual, else its latest cumulative figure
 * (a KPI counted only as 累計), else null (⑰, ⑱ report by department: the card lists them).
 */
export function latestFigure(row: ReportRow): ReportFigure | null {
  return lastOf(row.actuals) ?? (row.cumulativeRow ? lastOf(row.cumulativeRow) : null);
}

/**
 * The yearly plan (計画値, a milestone) of the year the card's figure is for: a rate on the
 * yearly plans is reckoned against it, not the target, so the card shows it beside the figure.
 * Null when the KPI has no plan for that year, or no figure.
 */
export function planOfFigure(row: ReportRow, figure: ReportFigure | null): ReportFigure | null {
  if (figure === null || row.plans === null) return null;
  return row.plans.find((p) => p !== null && p.fiscalYear === figure.fiscalYear) ?? null;
}

/** The series the sparkline draws: the same one the card leads with, oldest first. */
export function sparklineSeries(row: ReportRow): readonly (ReportFigure | null)[] {
  if (lastOf(row.actuals) !== null) return row.actuals;
  if (row.cumulativeRow && lastOf(row.cumulativeRow) !== null) return row.cumulativeRow;
  return [];
}

function lastOf(figures: readonly (ReportFigure | null)[]): ReportFigure | null {
  return figures.findLast((f) => f !== null && f.value !== null) ?? null;
}
