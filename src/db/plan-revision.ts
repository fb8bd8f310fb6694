import type { Kysely } from 'kysely';
import { NotFoundError } from './errors.ts';
import type { Database } from './tables.ts';

/** Marks a plan changed: its revision goes up by one, in the caller's transaction. */
export async function bumpPlanRevision(trx: Kysely<Database>, planId: number): Promise<void> {
  await trx
    .updateTable('plans')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', planId)
    .execute();
}

/** Marks the plan of a KPI changed. */
export async function bumpRevisionOfKpi(trx: Kysely<Database>, kpiId: number): Promise<void> {
  await trx
    .updateTable('plans')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', (eb) => eb.selectFrom('kpis').select('plan_id').where('id', '=', kpiId))
    .execute();
}

/** A plan's current revision: one indexed read, for checking a cached report. */
export async function getPlanRevision(db: Kysely<Database>, planId: number): Promise<number> {
  const row = await db
    .selectFrom('plans')
    .select('revision')
    .where('id', '=', planId)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError('plan', String(planId));
  return row.revision;
}
