import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { Kpi, Plan } from './model.ts';
import type { NameChange } from './dated-name.ts';
import { currentName, nameInYear } from './dated-name.ts';

/*
 * A department's name over the years (機構改革, issue 20). Everything stored names a
 * department by its current name; a rename from a fiscal year leaves the years before it
 * with the old name, so a published report keeps the names it was published with.
 */

/** One rename: from `fromYear` on, the department is `newName` (it was `oldName` before). */
export interface DepartmentRename extends NameChange {
  readonly departmentId: number;
  /** Why, who and when: the departments page's history. */
  readonly reason?: string;
  readonly by?: string;
  readonly at?: string;
}

/**
 * The name each department bore in a year, keyed by its current name (only those that
 * differ). A department renamed twice (A → B from R7, B → C from R9) is A before R7, B in
 * R7 and R8, C from R9.
 * @example namesInYear([{ departmentId: 1, fromYear: 2025, oldName: '情報政策課', newName: 'DX推進課' }], 2023)
 *   // Map { 'DX推進課' => '情報政策課' }
 */
export function namesInYear(
  renames: readonly DepartmentRename[],
  year: FiscalYear,
): Map<string, string> {
  const byDepartment = new Map<number, DepartmentRename[]>();
  for (const rename of renames) {
    byDepartment.set(rename.departmentId, [
      ...(byDepartment.get(rename.departmentId) ?? []),
      rename,
    ]);
  }
  const names = new Map<string, string>();
  for (const chain of byDepartment.values()) {
    const [old, current] = [nameInYear(chain, year), currentName(chain)];
    if (old !== null && current !== null) names.set(current, old);
  }
  return names;
}

/** A plan with each department under the name it bore in `year` (see `namesInYear`). */
export function withNamesOfYear(
  plan: Plan,
  renames: readonly DepartmentRename[],
  year: FiscalYear,
): Plan {
  const names = namesInYear(renames, year);
  if (names.size === 0) return plan;
  const name = (department: string): string => names.get(department) ?? department;
  const renamed = (kpi: Kpi): Kpi => ({
    ...kpi,
    departments: kpi.departments.map(name),
    departmentActuals: kpi.departmentActuals.map((d) => ({ ...d, department: name(d.department) })),
    narratives: kpi.narratives.map((n) =>
      n.department === null ? n : { ...n, department: name(n.department) },
    ),
  });
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(renamed) })),
    })),
  };
}

/** The history line of a rename, as the departments page and the audit log word it. */
export function describeRename(rename: DepartmentRename): string {
  return `${rename.oldName} → ${rename.newName}（${formatFiscalYear(rename.fromYear)}から）`;
}
