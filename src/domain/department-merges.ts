import type { FiscalYear } from './fiscal-year.ts';
import type { Plan } from './model.ts';
import { mapPlanKpis } from './model.ts';

/*
 * Two departments merged from a year (機構改革, issue 20): 情報政策課 merged into 企画課 from
 * R7. Everything the merged department owned names the department it joined from then on;
 * each KPI keeps the departments it had before, so R5 and R6 name them as published.
 */

/** A KPI's departments before a merge took effect. */
export interface KpiDepartmentMove {
  readonly code: string;
  readonly fromYear: FiscalYear;
  readonly departmentsBefore: readonly string[];
  /** Why, as the KPI's page shows it. */
  readonly reason?: string;
}

/**
 * The plan with each KPI's departments as they were in `year`: the first merge not yet in force
 * says what they were (merged twice, A into B from R7 and B into C from R9: A before R7, B in
 * R7 and R8, C from R9). Figures and narratives of a department merged away stay under its
 * own name; its rows go back to their place among the departments of then.
 * @example withDepartmentsOfYear(plan, [{ code: '⑥', fromYear: R7, departmentsBefore: ['情報政策課'] }], R5)
 */
export function withDepartmentsOfYear(
  plan: Plan,
  moves: readonly KpiDepartmentMove[],
  year: FiscalYear,
): Plan {
  const pending = new Map<string, KpiDepartmentMove>();
  for (const move of [...moves].sort((a, b) => a.fromYear - b.fromYear)) {
    if (move.fromYear > year && !pending.has(move.code)) pending.set(move.code, move);
  }
  if (pending.size === 0) return plan;
  return mapPlanKpis(plan, (kpi) => {
    const move = pending.get(kpi.code);
    if (!move) return kpi;
    const order = move.departmentsBefore;
    const rank = (name: string | null) => {
      const index = name === null ? -1 : order.indexOf(name);
      return index < 0 && name !== null ? order.length : index;
    };
    return {
      ...kpi,
      departments: order,
      departmentActuals: [...kpi.departmentActuals].sort(
        (a, b) => rank(a.department) - rank(b.department),
      ),
      narratives: [...kpi.narratives].sort(
        (a, b) => a.fiscalYear - b.fiscalYear || rank(a.department) - rank(b.department),
      ),
    };
  });
}
