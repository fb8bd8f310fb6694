import type { Kysely } from 'kysely';
import type { Account } from './account-repository.ts';
import { toAccount } from './account-repository.ts';
import type { Database } from './tables.ts';

export interface StoredSession {
  readonly id: number;
  readonly accountId: number;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

export async function insertSession(
  trx: Kysely<Database>,
  input: {
    tokenHash: string;
    accountId: number;
    csrfToken: string;
    at: string;
    address: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({
      token_hash: input.tokenHash,
      account_id: input.accountId,
      csrf_token: input.csrfToken,
      created_at: input.at,
      last_seen_at: input.at,
      address: input.address,
    })
    .execute();
}

export async function findSession(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'account_id', 'csrf_token', 'created_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      accountId: row.account_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
    }
  );
}

/** Marks a session used; written at most once a minute so reads stay reads. */
export async function touchSession(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of an account (disabled, or its password changed). */
export async function deleteAccountSessions(
  db: Kysely<Database>,
  accountId: number,
  exceptId?: number,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  await query.execute();
}

/**
 * The session a token hash names with its account and the account's departments, in one
 * query (a row per department): every signed-in request pays this round trip.
 */
export async function findSessionWithAccount(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ session: StoredSession; account: Account } | undefined> {
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .leftJoin('account_departments', 'account_departments.account_id', 'accounts.id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'accounts.id',
      'accounts.municipality_id',
      'accounts.email',
      'accounts.display_name',
      'accounts.role',
      'accounts.disabled',
      'accounts.created_at',
      'accounts.version',
      'accounts.password_temporary',
      'account_departments.department',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .orderBy('account_departments.department')
    .execute();
  const row = rows[0];
  if (!row) return undefined;
  const departments = rows.flatMap((r) => (r.department === null ? [] : [r.department]));
  return {
    account: toAccount(row, departments),
    session: {
      id: row.session_id,
      accountId: row.id,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      lastSeenAt: row.last_seen_at,
    },
  };
}
