import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/**
 * The ids of a municipality's departments by name, creating those missing.
 * @example await ensureDepartments(trx, 1, ['総務課', '企画課']) // Map { '総務課' => 3, … }
 */
export async function ensureDepartments(
  trx: Kysely<Database>,
  municipalityId: number,
  names: Iterable<string>,
): Promise<Map<string, number>> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return new Map();
  await trx
    .insertInto('departments')
    .values(wanted.map((name) => ({ municipality_id: municipalityId, name })))
    .onConflict((oc) => oc.columns(['municipality_id', 'name']).doNothing())
    .execute();
  const rows = await trx
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('name', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

export async function listDepartments(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('departments')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}
