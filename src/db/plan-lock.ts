import type { Kysely } from 'kysely';
import type { DatabaseKind } from './database-kind.ts';
import { NotFoundError } from './errors.ts';
import type { Database } from './tables.ts';

/**
 * Takes the plan's row lock for the rest of the transaction and returns its municipality.
 * Edits load the whole plan, change it and save it back, so two edits of one plan must not
 * interleave: on PostgreSQL (READ COMMITTED) `select … for update` makes the second wait for
 * the first to commit and then read what it saved, and locking the plan before any other row
 * keeps the lock order the same in every writer. On SQLite the IMMEDIATE transaction already
 * holds the database's single write lock.
 */
export async function lockPlan(
  trx: Kysely<Database>,
  kind: DatabaseKind,
  planId: number,
): Promise<{ readonly municipalityId: number }> {
  const query = trx.selectFrom('plans').select('municipality_id').where('id', '=', planId);
  const row = await (kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  if (row === undefined) throw new NotFoundError('plan', String(planId));
  return { municipalityId: row.municipality_id };
}
