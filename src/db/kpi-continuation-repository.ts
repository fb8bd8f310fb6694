import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** A KPI of another plan a KPI continues, or is continued by (次期計画, issue 20). */
export interface KpiLink {
  readonly planId: number;
  readonly planName: string;
  readonly code: string;
}

/** Records that each KPI (by id) continues another (by id), in the caller's transaction. */
export async function insertContinuations(
  trx: Kysely<Database>,
  links: readonly { readonly kpiId: number; readonly fromKpiId: number }[],
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto('kpi_continuations')
    .values(links.map((l) => ({ kpi_id: l.kpiId, from_kpi_id: l.fromKpiId })))
    .execute();
}

/** The KPI a KPI continues (of the plan before), and those that continue it (next plans). */
export async function continuationsOf(
  db: Kysely<Database>,
  kpiId: number,
): Promise<{ continues: KpiLink | null; continuedBy: KpiLink[] }> {
  const linked = (side: 'kpi_id' | 'from_kpi_id', other: 'kpi_id' | 'from_kpi_id') =>
    db
      .selectFrom('kpi_continuations')
      .innerJoin('kpis', 'kpis.id', `kpi_continuations.${other}`)
      .innerJoin('plans', 'plans.id', 'kpis.plan_id')
      .select(['plans.id as planId', 'plans.name as planName', 'kpis.code as code'])
      .where(`kpi_continuations.${side}`, '=', kpiId)
      .orderBy('plans.id')
      .execute();
  const [before] = await linked('kpi_id', 'from_kpi_id');
  return { continues: before ?? null, continuedBy: await linked('from_kpi_id', 'kpi_id') };
}
