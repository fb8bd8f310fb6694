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
  return kpi.departments[0] === department ? null : department;
}
