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

/** What an import needs to know of a department: its current name, its renames, its merge. */
export interface DepartmentHistory {
  readonly name: string;
  readonly renames: readonly NameChange[];
  readonly mergedInto: { readonly name: string; readonly fromYear: FiscalYear } | null;
}

/**
 * The department each name printed in a table of `year` is now, keyed by the printed name
 * (only those that differ): the name a department bore that year, then any name it bore
 * before (unless another department bears it now), each followed through a merge in force in
 * `year`. An R5 table's 情報政策課 is DX推進課 after a rename from R7; an R7 table's 情報政策課
 * is 企画課 once merged into it from R7 (an R5 table's stays 情報政策課, as R5 printed it).
 * @example currentNamesOf([{ name: 'DX推進課', renames: [{ fromYear: R7, oldName: '情報政策課', newName: 'DX推進課' }], mergedInto: null }], R5)
 *   // Map { '情報政策課' => 'DX推進課' }
 */
export function currentNamesOf(
  departments: readonly DepartmentHistory[],
  year: FiscalYear,
): Map<string, string> {
  const current = new Set(departments.map((d) => d.name));
  const names = new Map<string, string>();
  for (const department of departments) {
    for (const rename of department.renames) {
      if (!current.has(rename.oldName) && !names.has(rename.oldName)) {
        names.set(rename.oldName, department.name);
      }
    }
  }
  // The name borne that year wins over a name borne some other year.
  for (const department of departments) {
    const then = nameInYear(department.renames, year);
    if (then !== null) names.set(then, department.name);
  }
  const joined = new Map(
    departments.flatMap((d) =>
      d.mergedInto !== null && d.mergedInto.fromYear <= year
        ? [[d.name, d.mergedInto.name] as const]
        : [],
    ),
  );
  const follow = (name: string): string => {
    let now = name;
    for (let hops = 0; joined.has(now) && hops < departments.length; hops += 1) {
      now = joined.get(now) ?? now;
    }
    return now;
  };
  const result = new Map<string, string>();
  for (const printed of new Set([...names.keys(), ...joined.keys()])) {
    const now = follow(names.get(printed) ?? printed);
    if (now !== printed) result.set(printed, now);
  }
  return result;
}

/**
 * A table's plan of `year` with each department under its current name (currentNamesOf), so
 * an import finds the department it means rather than making one of an old name. A KPI's
 * departments are named once each; a breakdown row or narrative whose department already has
 * one of that year under the current name keeps the name it was printed with.
 */
export function withCurrentNames(
  plan: Plan,
  departments: readonly DepartmentHistory[],
  year: FiscalYear,
): Plan {
  const names = currentNamesOf(departments, year);
  if (names.size === 0) return plan;
  const now = (department: string): string => names.get(department) ?? department;
  const kpiNow = (kpi: Kpi): Kpi => {
    const actualsTaken = new Set(kpi.departmentActuals.map((d) => d.department));
    const narrativesTaken = new Set(kpi.narratives.map((n) => `${n.fiscalYear} ${n.department}`));
    return {
      ...kpi,
      departments: [...new Set(kpi.departments.map(now))],
      departmentActuals: kpi.departmentActuals.map((d) =>
        actualsTaken.has(now(d.department)) ? d : { ...d, department: now(d.department) },
      ),
      narratives: kpi.narratives.map((n) =>
        n.department === null || narrativesTaken.has(`${n.fiscalYear} ${now(n.department)}`)
          ? n
          : { ...n, department: now(n.department) },
      ),
    };
  };
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(kpiNow) })),
    })),
  };
}
