import type { KpiDepartmentMove } from './department-merges.ts';

/*
 * A KPI handed to other departments from a fiscal year (issue 20): at a reorganisation the
 * planning division moves ⑦ from 企画課 to 財政課 from R7. The years before keep the departments
 * they were published with (the change is a KpiDepartmentMove, as a merge's is, read back by
 * withDepartmentsOfYear); a department the KPI left keeps its link so its past figures keep
 * their name, and owes nothing in a round opened after.
 */

/** Why a KPI's departments cannot become `next`; null when they can. */
export function refuseDepartmentChange(
  current: readonly string[],
  next: readonly string[],
): { readonly field: 'departments'; readonly message: string } | null {
  if (next.length === 0) {
    return { field: 'departments', message: 'a KPI needs at least one responsible department' };
  }
  const repeated = next.find((name, index) => next.indexOf(name) !== index);
  if (repeated !== undefined) {
    return { field: 'departments', message: `${repeated} is named twice` };
  }
  if (next.length === current.length && next.every((name, i) => current[i] === name)) {
    return {
      field: 'departments',
      message: `the KPI's departments are ${current.join('、')} already`,
    };
  }
  return null;
}

/**
 * The departments a KPI left (by a merge or a change of its departments): named before one of
 * its moves and not responsible now. They keep their link, last, for the years they served,
 * and owe no entry in a round opened after.
 * @example leftDepartments(['財政課'], [{ code: '⑦', fromYear: R7, departmentsBefore: ['企画課'] }]) // {企画課}
 */
export function leftDepartments(
  responsible: readonly string[],
  moves: readonly Pick<KpiDepartmentMove, 'departmentsBefore'>[],
): Set<string> {
  const now = new Set(responsible);
  return new Set(moves.flatMap((m) => m.departmentsBefore).filter((name) => !now.has(name)));
}
