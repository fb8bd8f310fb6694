import type { ReportFigure, ReportRow } from '../../../domain/plan-report.ts';

/**
 * The figure a KPI's card leads with: its own latest actual, else its latest cumulative figure
 * (a KPI counted only as 累計), else null (⑰, ⑱ report by department: the card lists them).
 */
export function latestFigure(row: ReportRow): ReportFigure | null {
  return lastOf(row.actuals) ?? (row.cumulativeRow ? lastOf(row.cumulativeRow) : null);
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
