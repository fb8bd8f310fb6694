import type { CheckResult } from './report-check.ts';

/**
 * What two forms of the same table must agree on when checked (tests compare a CSV, XLSX or PDF
 * of the Yuzawa table with its TSV): each KPI's printed and computed rate, match, basis and
 * direction, the unplaced cells and the summary; not the file name or the reasons' wording.
 */
export function comparableCheck(result: CheckResult) {
  return {
    kpis: result.kpis.map(({ code, printed, computed, match, basis, direction }) => ({
      code,
      printed,
      computed,
      match,
      basis,
      direction,
    })),
    unplaced: result.unplaced.map(({ row, column, text }) => ({ row, column, text })),
    summary: result.summary,
  };
}
