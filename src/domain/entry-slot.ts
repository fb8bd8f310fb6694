import type { Kpi } from './model.ts';

/**
 * The row an entry of a round writes: a department's own row where the KPI is broken down by
 * department (⑰ 総務課, 情報政策課, 上下水道課 each enter theirs), else the KPI's own row, which
 * belongs to its first department (主担当); another department of such a KPI enters a row of
 * its own. The same rule src/db/round-repository.ts findRoundAndEntryOfSlot reads back.
 * @example entrySlotDepartment(kpi7, '企画課') // null: ⑦'s own row
 */
export function entrySlotDepartment(
  kpi: Pick<Kpi, 'departments' | 'departmentActuals'>,
  department: string,
): string | null {
  if (kpi.departmentActuals.length > 0) return department;
  return ownsKpiRow(kpi.departments, department) ? null : department;
}

/**
 * The one rule of who enters a KPI's own row (its total, its narrative): its first department
 * (主担当), whose round entry owns it. Everything that asks "whose is the KPI's row" asks here.
 */
export function leadDepartment(departments: readonly string[]): string | undefined {
  return departments[0];
}

/** Whether `department`'s entry owns the KPI's own row besides its own. */
export function ownsKpiRow(departments: readonly string[], department: string): boolean {
  return leadDepartment(departments) === department;
}

/**
 * The department whose entry a stored row belongs to: a department's row its own, the KPI's
 * own row (null) its lead's; undefined for a KPI without departments.
 */
export function slotOwner(departments: readonly string[], slot: string | null): string | undefined {
  return slot ?? leadDepartment(departments);
}
