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
 *
 * `entry` is for saving one figure or narrative: `for key share` lets any number of such saves
 * run side by side (each guarded by its record's version), while it still waits for an edit of
 * the whole plan or a move of a round's entries (which take `for update`) and keeps them waiting.
 * The plan revision those saves bump takes the row's `no key update` lock, which key-share
 * holders do not block, so two saves never wait on each other but for that last statement.
 */
export async function lockPlan(
  trx: Kysely<Database>,
  kind: DatabaseKind,
  planId: number,
  mode: 'exclusive' | 'entry' = 'exclusive',
): Promise<{ readonly municipalityId: number }> {
  const query = trx.selectFrom('plans').select('municipality_id').where('id', '=', planId);
  const locked =
    kind !== 'postgres' ? query : mode === 'exclusive' ? query.forUpdate() : query.forKeyShare();
  const row = await locked.executeTakeFirst();
  if (row === undefined) throw new NotFoundError('plan', String(planId));
  return { municipalityId: row.municipality_id };
}
