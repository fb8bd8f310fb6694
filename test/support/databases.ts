import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseHandle, DatabaseKind, DatabaseTarget } from '../../src/db/database.ts';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/tables.ts';

/*
 * Every integration test runs once per database: SQLite in a fresh temporary file, PostgreSQL
 * in a fresh uniquely named schema of TEST_DATABASE_URL (dropped afterwards). One loop
 * (eachDatabase, and forEachDatabase on it) and one skip policy (databaseUnavailable) serve
 * every test file; a test's own data comes from test/support/fresh-plan.ts.
 */

export const DATABASE_KINDS: readonly DatabaseKind[] = ['sqlite', 'postgres'];

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresReachable: boolean = await probePostgres();
if (!postgresReachable) {
  console.warn(
    process.env.CI
      ? `PostgreSQL tests fail: no server at ${TEST_DATABASE_URL} (CI)`
      : `PostgreSQL tests skipped: no server at ${TEST_DATABASE_URL}`,
  );
}

/**
 * The one skip policy: a database's tests are skipped only when it cannot be reached, which
 * only PostgreSQL can fail, and never under CI=true, where they run and fail instead.
 */
export function databaseUnavailable(kind: DatabaseKind): boolean {
  return kind === 'postgres' && !postgresReachable && !process.env.CI;
}

/**
 * The one loop over the databases: declares the body once per kind, inside
 * `describe(prefix + kind)`, skipped by the one policy. For tests that open databases of their
 * own (a command line's DATABASE_URL, an empty database); forEachDatabase gives a shared one.
 * @example eachDatabase((kind) => it('migrates', async () => { const url = await createDatabaseUrl(kind); … }));
 */
export function eachDatabase(body: (kind: DatabaseKind) => void, prefix = ''): void {
  for (const kind of DATABASE_KINDS) {
    describe.skipIf(databaseUnavailable(kind))(`${prefix}${kind}`, () => body(kind));
  }
}

async function onAdminConnection(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Where each test database is, so a test can open a second connection to it (a second server). */
const targets = new WeakMap<DatabaseHandle, DatabaseTarget>();

/**
 * Another handle on the same test database, as a second app server would have: its own
 * SQLite connection to the file, or its own PostgreSQL pool on the schema. Destroy it first.
 */
export function openSecondHandle(handle: DatabaseHandle): DatabaseHandle {
  return createDatabase(targetOf(handle));
}

/** Where a test database is, as DATABASE_URL names it (for a server started on it). */
export function targetOf(handle: DatabaseHandle): DatabaseTarget {
  const target = targets.get(handle);
  if (target === undefined) throw new Error('not a test database');
  return target;
}

/**
 * A fresh folder for a test's SQLite file: in memory (/dev/shm) where the machine has it, so a
 * test's commits need not wait for the disk (synchronous = FULL syncs each one); the pragmas
 * and everything else are as on disk.
 */
function sqliteTestFolder(): string {
  try {
    return mkdtempSync(join('/dev/shm', 'mieruka-test-'));
  } catch {
    return mkdtempSync(join(tmpdir(), 'mieruka-test-'));
  }
}

function sqliteTestDatabase(): DatabaseHandle {
  const folder = sqliteTestFolder();
  const target = { kind: 'sqlite', file: join(folder, 'test.db') } as const;
  const handle = createDatabase(target);
  const tracked: DatabaseHandle = {
    ...handle,
    destroy: async () => {
      await handle.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  targets.set(tracked, target);
  return tracked;
}

/**
 * The test run's schemas are dropped together when the run ends (test/support/global-setup.ts),
 * not one by one: Kysely's migrator looks at the tables of every schema, and a schema dropped by
 * another test file while it looks fails that file's migration ("schema … does not exist").
 * Outside a test run (benchmarks) a schema is dropped as soon as it is done with.
 */
const RUN = process.env.MIERUKA_TEST_RUN;

/** A fresh, empty PostgreSQL schema and a DATABASE_URL that selects it; drop() removes it. */
export async function createPostgresSchema(): Promise<{
  url: string;
  schema: string;
  drop: () => Promise<void>;
}> {
  const schema = `test_${RUN ? `${RUN}_` : ''}${randomUUID().replaceAll('-', '')}`;
  await onAdminConnection(`create schema "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  // A test's commits need not wait for the disk (each would, at about 2 ms): a lost commit
  // matters only when PostgreSQL itself crashes, which no test does.
  url.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=off`);
  const drop = RUN
    ? async () => undefined
    : () => onAdminConnection(`drop schema "${schema}" cascade`);
  return { url: url.href, schema, drop };
}

async function postgresTestDatabase(): Promise<DatabaseHandle> {
  const { url, drop } = await createPostgresSchema();
  const target = { kind: 'postgres', url } as const;
  const handle = createDatabase(target);
  const tracked: DatabaseHandle = {
    ...handle,
    destroy: async () => {
      await handle.destroy();
      await drop();
    },
  };
  targets.set(tracked, target);
  return tracked;
}

/**
 * A fresh, empty database of a kind for a process that opens it itself (the command line,
 * `mieruka serve`): its DATABASE_URL, its target for createDatabase, and drop() to remove it.
 */
export async function createDatabaseUrl(kind: DatabaseKind): Promise<{
  url: string;
  target: DatabaseTarget;
  drop: () => Promise<void>;
}> {
  if (kind === 'postgres') {
    const { url, drop } = await createPostgresSchema();
    return { url, target: { kind, url }, drop };
  }
  const folder = sqliteTestFolder();
  const file = join(folder, 'mieruka.db');
  return {
    url: file,
    target: { kind, file },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

export interface TestDatabaseOptions {
  /** Run the migrations first (default); false leaves the database empty. */
  readonly migrate?: boolean;
}

/**
 * A fresh database of one kind, migrated unless asked not to; destroy() removes it.
 * @example const target = await createTestDatabase('postgres'); … await target.destroy();
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  { migrate = true }: TestDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const handle = kind === 'sqlite' ? sqliteTestDatabase() : await postgresTestDatabase();
  if (migrate) {
    await migrateToLatest(handle).catch(async (error: unknown) => {
      await handle.destroy();
      throw error;
    });
  }
  return handle;
}

export type TestBody = (
  kind: DatabaseKind,
  getDb: () => Kysely<Database>,
  getHandle: () => DatabaseHandle,
) => void;

/**
 * Declares the body's tests once per database, inside `describe('sqlite')` and
 * `describe('postgres')` (eachDatabase). The database is created (and migrated) before the
 * body's tests and removed after them: one per file and kind, because creating one per test
 * is too slow. Tests share the database, never their data: each starts from a municipality
 * and plan of its own (freshTenant, test/support/fresh-plan.ts), so none depends on another.
 * @example
 * forEachDatabase((kind, getDb, getHandle) => {
 *   it('reads its own plan', async () => {
 *     const { planId } = await freshTenant(getHandle());
 *     expect(await loadPlan(getDb(), planId)).toMatchObject({ name: DEMO_PLAN_NAME });
 *   });
 * });
 */
export function forEachDatabase(body: TestBody, options: TestDatabaseOptions = {}): void {
  eachDatabase((kind) => {
    let handle: DatabaseHandle | undefined;
    const current = (): DatabaseHandle => {
      if (handle === undefined) throw new Error(`the ${kind} test database is not open`);
      return handle;
    };
    beforeAll(async () => {
      handle = await createTestDatabase(kind, options);
    });
    afterAll(async () => {
      await handle?.destroy();
    });
    body(kind, () => current().db, current);
  });
}
