import type { Kysely } from 'kysely';
import { z } from 'zod';
import { decimal } from '../domain/decimal.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { KpiChange, KpiDefinition } from '../domain/kpi-life.ts';
import { BASES, COUNTINGS, DIRECTIONS, FORMULAS, TARGET_KINDS } from '../domain/model.ts';
import type { Database } from './tables.ts';

/*
 * The dated changes of a plan's KPIs (0012). A revision's definition is stored as JSON and
 * read back through one schema, so a row written by an older build still decodes or fails
 * naming the row.
 */

const year = z.number().int().transform(fiscalYear);
const storedDefinition = z.object({
  title: z.string(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  unit: z.string(),
  baseline: z
    .object({ value: z.string().transform(decimal), fiscalYear: year.nullable() })
    .nullable(),
  counting: z.enum(COUNTINGS),
  direction: z.enum(DIRECTIONS),
  basis: z.enum(BASES),
  formula: z.enum(FORMULAS),
  target: z
    .object({
      kind: z.enum(TARGET_KINDS),
      value: z.string().transform(decimal),
      fiscalYear: year.nullable(),
    })
    .nullable(),
}) satisfies z.ZodType<KpiDefinition, unknown>;

function decodeDefinition(text: string | null, id: number): KpiDefinition | null {
  if (text === null) return null;
  const parsed = storedDefinition.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`kpi_changes row ${id}: ${parsed.error.message}`);
  return parsed.data;
}

/** Every dated change of a plan's KPIs, oldest first. */
export async function listKpiChanges(db: Kysely<Database>, planId: number): Promise<KpiChange[]> {
  const rows = await db
    .selectFrom('kpi_changes')
    .innerJoin('kpis', 'kpis.id', 'kpi_changes.kpi_id')
    .select([
      'kpi_changes.id',
      'kpis.code',
      'kpi_changes.kind',
      'kpi_changes.from_year',
      'kpi_changes.definition',
      'kpi_changes.replaced_by',
      'kpi_changes.reason',
      'kpi_changes.actor',
      'kpi_changes.at',
    ])
    .where('kpi_changes.plan_id', '=', planId)
    .orderBy('kpi_changes.id')
    .execute();
  return rows.map((row) => ({
    code: row.code,
    kind: row.kind,
    fromYear: fiscalYear(row.from_year),
    definition: decodeDefinition(row.definition, row.id),
    replacedBy: row.replaced_by,
    reason: row.reason,
    by: row.actor,
    at: row.at,
  }));
}

/** Appends a change in the caller's transaction. */
export async function appendKpiChange(
  trx: Kysely<Database>,
  where: { planId: number; kpiId: number },
  change: Omit<KpiChange, 'code'>,
): Promise<void> {
  await trx
    .insertInto('kpi_changes')
    .values({
      plan_id: where.planId,
      kpi_id: where.kpiId,
      from_year: change.fromYear,
      kind: change.kind,
      definition: change.definition === null ? null : JSON.stringify(change.definition),
      replaced_by: change.replacedBy,
      reason: change.reason,
      actor: change.by,
      at: change.at,
    })
    .execute();
}
