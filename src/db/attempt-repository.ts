import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { AttemptTallies, AttemptTally } from '../domain/attempt-limit.ts';
import type { DatabaseKind } from './database-kind.ts';
import type { Database } from './tables.ts';

/*
 * Password checks counted per e-mail and address (table sign_in_failures): a row is written
 * before the check runs and deleted when the password was right, so a row is a failed check or
 * one still running. Counted in the database, so the limit holds across app servers.
 */

/**
 * Makes the caller's transaction the only one counting checks from this address until it ends:
 * on PostgreSQL a transaction-scoped advisory lock on the address (every limit counts rows of one
 * address, so one lock covers them all); on SQLite the IMMEDIATE transaction already holds the
 * database's single write lock.
 */
export async function lockAttemptsOf(
  trx: Kysely<Database>,
  kind: DatabaseKind,
  address: string,
): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`mieruka sign-in ${address}`}, 0))`.execute(
    trx,
  );
}

/** Checks counted since a moment: this e-mail from this address, and this address in all. */
export async function tallyAttempts(
  trx: Kysely<Database>,
  input: { email: string; address: string; since: string },
): Promise<AttemptTallies> {
  const tally = async (email: string | undefined): Promise<AttemptTally> => {
    let query = trx
      .selectFrom('sign_in_failures')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.min('at').as('oldest')])
      .where('address', '=', input.address)
      .where('at', '>=', input.since);
    if (email !== undefined) query = query.where('email', '=', email);
    const row = await query.executeTakeFirstOrThrow();
    return { count: Number(row.n), oldest: row.oldest ?? null };
  };
  return { account: await tally(input.email), address: await tally(undefined) };
}

/** Counts a check about to run; its id, to forget it when the password was right. */
export async function insertAttempt(
  trx: Kysely<Database>,
  input: { email: string; address: string; at: string },
): Promise<number> {
  const row = await trx
    .insertInto('sign_in_failures')
    .values(input)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The check passed: it no longer counts. */
export async function deleteAttempt(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('id', '=', id).execute();
}

/** Rows of an address that left the window, so the table does not grow for ever. */
export async function forgetOldAttempts(
  trx: Kysely<Database>,
  input: { address: string; since: string },
): Promise<void> {
  await trx
    .deleteFrom('sign_in_failures')
    .where('address', '=', input.address)
    .where('at', '<', input.since)
    .execute();
}
