import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import { COLUMN_ROLE_NAMES } from '../domain/column-role-name.ts';
import type { Database } from './tables.ts';

/** The column roles an admin confirmed for a file shape, and the report year's offset. */
export interface ImportMapping {
  readonly columnRoles: readonly ColumnRoleOverride[];
  /** The report year minus the latest year the header names; null when it names none. */
  readonly fiscalYearOffset: number | null;
  readonly savedBy: string;
  readonly savedAt: string;
}

const storedRoles = z.array(
  z.object({ column: z.number().int().positive(), role: z.enum(COLUMN_ROLE_NAMES) }),
);

function mappingOf(row: {
  column_roles: string;
  fiscal_year_offset: number | null;
  saved_by: string;
  saved_at: string;
}): ImportMapping {
  return {
    columnRoles: storedRoles.parse(JSON.parse(row.column_roles)),
    fiscalYearOffset: row.fiscal_year_offset,
    savedBy: row.saved_by,
    savedAt: row.saved_at,
  };
}

/** The mapping saved for a plan and a file shape, if any. */
export async function findImportMapping(
  db: Kysely<Database>,
  planId: number,
  shape: string,
): Promise<ImportMapping | undefined> {
  const row = await db
    .selectFrom('import_mappings')
    .select(['column_roles', 'fiscal_year_offset', 'saved_by', 'saved_at'])
    .where('plan_id', '=', planId)
    .where('shape', '=', shape)
    .executeTakeFirst();
  return row && mappingOf(row);
}

/**
 * Every mapping a plan saved, by file shape: what a file may be read with before its shape is
 * known (one per layout an admin confirmed, a few a plan).
 */
export async function listImportMappings(
  db: Kysely<Database>,
  planId: number,
): Promise<Map<string, ImportMapping>> {
  const rows = await db
    .selectFrom('import_mappings')
    .select(['shape', 'column_roles', 'fiscal_year_offset', 'saved_by', 'saved_at'])
    .where('plan_id', '=', planId)
    .execute();
  return new Map(rows.map((row) => [row.shape, mappingOf(row)]));
}

/** Saves a plan's mapping for a file shape, replacing the one saved before for it. */
export async function saveImportMapping(
  trx: Kysely<Database>,
  planId: number,
  shape: string,
  mapping: ImportMapping,
): Promise<void> {
  const values = {
    column_roles: JSON.stringify(mapping.columnRoles),
    fiscal_year_offset: mapping.fiscalYearOffset,
    saved_by: mapping.savedBy,
    saved_at: mapping.savedAt,
  };
  await trx
    .insertInto('import_mappings')
    .values({ plan_id: planId, shape, ...values })
    .onConflict((oc) => oc.columns(['plan_id', 'shape']).doUpdateSet(values))
    .execute();
}
