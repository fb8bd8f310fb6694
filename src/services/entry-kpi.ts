import type { Kysely } from 'kysely';
import { loadPlan } from '../db/plan-repository.ts';
import type { Database } from '../db/tables.ts';
import { listUnapproved } from '../db/unapproved-records.ts';
import { withoutUnapproved } from '../domain/approved-view.ts';
import { entrySlotDepartment } from '../domain/entry-slot.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Kpi, Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';

/**
 * A round entry's KPI as its form and its submission judge it: every other record as it
 * counts (approved, or its published copy), this entry's own row of the year as stored, drafts
 * included. Undefined when the plan has no such KPI.
 */
export async function entryKpi(
  db: Kysely<Database>,
  planId: number,
  where: { code: string; fiscalYear: FiscalYear; department: string },
): Promise<{ plan: Plan; kpi: Kpi; slotDepartment: string | null } | undefined> {
  const stored = await loadPlan(db, planId);
  const storedKpi = planKpis(stored).find((k) => k.code === where.code);
  if (!storedKpi) return undefined;
  const slotDepartment = entrySlotDepartment(storedKpi, where.department);
  const others = (await listUnapproved(db, planId)).filter(
    (r) =>
      r.code !== where.code || r.fiscalYear !== where.fiscalYear || r.department !== slotDepartment,
  );
  const plan = withoutUnapproved(stored, others);
  const kpi = planKpis(plan).find((k) => k.code === where.code);
  return kpi && { plan, kpi, slotDepartment };
}
