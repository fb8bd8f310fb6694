import { createHash, randomBytes } from 'node:crypto';
import type { Account } from '../db/account-repository.ts';
import { findAccountByEmail } from '../db/account-repository.ts';
import {
  deleteSession,
  findSession,
  findSessionWithAccount,
  insertSession,
  touchSession,
} from '../db/session-repository.ts';
import type { AccountActor, Actor } from '../domain/access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { limitedPasswordCheck } from './password-attempts.ts';
import { UnauthenticatedError } from './service-errors.ts';
import { DatabaseBusyError } from '../db/errors.ts';
import { writeTransaction } from '../db/write-transaction.ts';

/** How long a session lives: idle, and at most, whatever the activity. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading stays reading. */
const TOUCH_EVERY_MS = 60 * 1000;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function actorOf(account: Account, address: string | null): AccountActor {
  return {
    kind: 'account',
    accountId: account.id,
    email: account.email,
    name: account.name,
    municipalityId: account.municipalityId,
    role: account.role,
    departments: account.departments,
    address,
  };
}

export interface SignedIn {
  readonly actor: AccountActor;
  readonly account: Account;
  /** The cookie's value: only its hash is stored. */
  readonly token: string;
  readonly csrfToken: string;
}

/**
 * Signs in with an e-mail and a password: a new session (a fresh token, so a session id
 * planted before sign-in is worth nothing), or UnauthenticatedError with the same message
 * whether the account exists or not. Each check is counted before it runs, per e-mail and
 * address and per address, in the database, so the limit holds under concurrent guesses and
 * across app servers; past it, TooManyAttemptsError (429), audited as `session.limited`.
 */
export async function signIn(
  store: Store,
  input: { email: string; password: string; address: string },
  now: Date,
): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const found = await findAccountByEmail(store.db, email);
  const anonymous: Actor = { kind: 'anonymous', address: input.address };
  const attempt = {
    action: 'session.refused',
    entity: 'session',
    municipalityId: found?.municipalityId ?? null,
    field: 'email',
    newValue: email,
  };
  const matches = await limitedPasswordCheck(
    store,
    {
      email,
      address: input.address,
      actor: anonymous,
      refusal: { ...attempt, action: 'session.limited' },
    },
    async () => {
      const right = await verifyPassword(
        input.password,
        found?.passwordHash ?? (await decoyHash()),
      );
      return right && found !== undefined && !found.disabled;
    },
    now,
  );
  if (!found || !matches) {
    await writeTransaction(store, (trx) => audit(trx, anonymous, [attempt], now));
    throw new UnauthenticatedError('wrong e-mail or password');
  }
  const { passwordHash: _hash, ...account } = found;
  return openSession(store, account, input.address, now);
}

/**
 * A new session for an account whose password was checked: a fresh token and CSRF token, the
 * sign-in audited, in one transaction. Failed checks stay counted for their window: a success
 * does not reset the limit, so concurrent guesses cannot ride on one that happened to be right.
 */
export async function openSession(
  store: Store,
  account: Account,
  address: string,
  now: Date,
): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const actor = actorOf(account, address);
  await writeTransaction(store, async (trx) => {
    await insertSession(trx, {
      tokenHash: hashToken(token),
      accountId: account.id,
      csrfToken,
      at: now.toISOString(),
      address,
    });
    await audit(
      trx,
      actor,
      [{ action: 'session.sign_in', entity: 'session', municipalityId: account.municipalityId }],
      now,
    );
  });
  return { actor, account, token, csrfToken };
}

/**
 * Marks a session used. A reader must not fail because another process holds SQLite's write
 * lock (an import, a restore): when the database is busy the touch is skipped, which at worst
 * lets the session expire up to a minute early. Any other failure still fails the request.
 */
async function touch(store: Store, sessionId: number, now: Date): Promise<void> {
  try {
    await writeTransaction(store, (trx) => touchSession(trx, sessionId, now.toISOString()));
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error;
  }
}

export interface ResolvedSession {
  readonly sessionId: number;
  readonly actor: AccountActor;
  readonly account: Account;
  readonly csrfToken: string;
}

/**
 * The session a cookie names, or undefined when there is none, it expired (idle or absolute)
 * or its account is disabled; an expired session is deleted. Looked up through `reader` (the
 * read connection), so a signed-in reader does not queue behind writers.
 */
export async function resolveSession(
  store: Store,
  token: string,
  address: string | null,
  now: Date,
  reader: Store = store,
): Promise<ResolvedSession | undefined> {
  const found = await findSessionWithAccount(reader.db, hashToken(token));
  if (!found) return undefined;
  const { session, account } = found;
  const idle = now.getTime() - new Date(session.lastSeenAt).getTime();
  const age = now.getTime() - new Date(session.createdAt).getTime();
  if (account.disabled || idle > SESSION_IDLE_MS || age > SESSION_ABSOLUTE_MS) {
    await writeTransaction(store, (trx) => deleteSession(trx, session.id));
    return undefined;
  }
  if (idle > TOUCH_EVERY_MS) await touch(store, session.id, now);
  return {
    sessionId: session.id,
    actor: actorOf(account, address),
    account,
    csrfToken: session.csrfToken,
  };
}

/** Ends a session: its cookie is worth nothing afterwards, on every server. */
export async function signOut(store: Store, session: ResolvedSession, now: Date): Promise<void> {
  await writeTransaction(store, async (trx) => {
    await deleteSession(trx, session.sessionId);
    await audit(
      trx,
      session.actor,
      [
        {
          action: 'session.sign_out',
          entity: 'session',
          municipalityId: session.account.municipalityId,
        },
      ],
      now,
    );
  });
}

/** Deletes the session a token names, if any (a cookie from before a new sign-in). */
export async function forgetToken(store: Store, token: string): Promise<void> {
  const session = await findSession(store.db, hashToken(token));
  if (session) await deleteSession(store.db, session.id);
}
