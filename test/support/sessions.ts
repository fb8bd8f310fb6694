import type { FastifyInstance } from 'fastify';
import { insertAccount } from '../../src/db/account-repository.ts';
import { ensureDepartments } from '../../src/db/department-repository.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import type { Municipality } from '../../src/db/records.ts';
import type { Role } from '../../src/domain/access.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { addAccount } from '../../src/services/accounts.ts';
import type { Store } from '../../src/services/database-handle.ts';
import { hashPassword } from '../../src/services/password.ts';
import { openSession } from '../../src/services/sessions.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

/** The headers a signed-in browser sends with a change: its cookie and its CSRF token. */
export interface SessionHeaders {
  readonly cookie: string;
  readonly 'x-csrf-token': string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A fresh account (a unique e-mail per call), added as the operator would. */
export async function createAccount(
  store: Store,
  input: {
    role: Role;
    departments?: string[];
    municipality?: { code: string; name: string };
    email?: string;
    name?: string;
  },
): Promise<{ email: string; password: string }> {
  counter += 1;
  const email = input.email ?? `${input.role}${counter}-${process.pid}@example.jp`;
  // Accounts choose their departments from the municipality's list: make them first.
  const municipality = await ensureMunicipality(
    store.db,
    input.municipality ?? DEFAULT_MUNICIPALITY,
  );
  await ensureDepartments(store.db, municipality.id, input.departments ?? []);
  await addAccount(
    store,
    {
      email,
      ...(input.name ? { name: input.name } : {}),
      role: input.role,
      departments: input.departments ?? [],
      password: TEST_PASSWORD,
      municipality: input.municipality ?? DEFAULT_MUNICIPALITY,
    },
    SYSTEM,
    new Date(),
  );
  return { email, password: TEST_PASSWORD };
}

/** Signs in through the API (in-process) and returns the headers that carry the session. */
export async function signInAs(
  app: FastifyInstance,
  credentials: { email: string; password: string },
): Promise<SessionHeaders> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: credentials });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'mieruka_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return {
    cookie: `mieruka_session=${cookie.value}`,
    'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken,
  };
}

/** A new account of the role, signed in: the usual first line of a route test. */
export async function sessionFor(
  app: FastifyInstance,
  store: Store,
  input: Parameters<typeof createAccount>[1],
): Promise<SessionHeaders> {
  return signInAs(app, await createAccount(store, input));
}

export interface MemberInput {
  readonly role: Role;
  readonly departments?: readonly string[];
  readonly name?: string;
}

export interface MemberSession {
  readonly accountId: number;
  readonly email: string;
  readonly password: string;
  readonly name: string;
  /** Its cookie and CSRF token, to spread into a request's headers. */
  readonly headers: SessionHeaders;
}

let testPasswordHash: Promise<string> | undefined;

/**
 * A new account of a municipality with a session opened for it, as a sign-in opens one: the
 * account is written straight through the repository with TEST_PASSWORD hashed once per file,
 * so a test pays no scrypt for its members (signing in over HTTP is sign-in.test.ts's to test).
 */
export async function memberSession(
  store: Store,
  municipality: Municipality,
  input: MemberInput,
): Promise<MemberSession> {
  counter += 1;
  const email = `${input.role}${counter}-${process.pid}@example.jp`;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await testPasswordHash;
  const account = await store.db.transaction().execute((trx) =>
    insertAccount(trx, {
      municipalityId: municipality.id,
      email,
      name: input.name ?? email,
      role: input.role,
      departments: input.departments ?? [],
      passwordHash,
      createdAt: new Date().toISOString(),
    }),
  );
  const { token, csrfToken } = await openSession(store, account, '127.0.0.1', new Date());
  return {
    accountId: account.id,
    email,
    password: TEST_PASSWORD,
    name: account.name,
    headers: { cookie: `mieruka_session=${token}`, 'x-csrf-token': csrfToken },
  };
}
