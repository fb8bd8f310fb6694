import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { CurrentSchemaPostgresDialect } from './current-schema-dialect.ts';
import pg from 'pg';
import type { DatabaseKind } from './database-kind.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { maskCredentials, secretsOfUrl } from './masked-credentials.ts';
import {
  boundedPool,
  LOCK_TIMEOUT_MS,
  POOL_WAIT_MS,
  STATEMENT_TIMEOUT_MS,
} from './bounded-pool.ts';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.ts';
import { withStatementCache } from './statement-cache.ts';
import { namingClient, statementNames } from './pg-named-statements.ts';
import type { Database } from './tables.ts';

export type { DatabaseKind } from './database-kind.ts';

/** The same shape as Config['database'], so src/db needs nothing from src/config. */
export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /**
   * For reads that must not wait behind writers (the report a visitor reads while edits queue on
   * a plan's lock): SQLite's second, read-only connection (WAL readers never wait for the
   * writer), PostgreSQL's own small pool. Committed data only; `db` itself for a database in
   * memory, which a second connection would not see.
   */
  readonly readDb: Kysely<Database>;
  destroy(): Promise<void>;
}

/** Connections of a PostgreSQL pool (pg's default), and of the pool kept for reads. */
export const POOL_SIZE = 10;
export const READ_POOL_SIZE = 4;

/** How long a SQLite writer waits for another process's lock before giving up (then 503). */
export const BUSY_TIMEOUT_MS = 5000;

export interface DatabaseOptions {
  /** SQLite only: how long a write waits for another process's write lock; BUSY_TIMEOUT_MS by default. */
  readonly busyTimeoutMs?: number;
  /** PostgreSQL only: the bounded waits of bounded-pool.ts (tests shorten them), and the pool's size. */
  readonly poolWaitMs?: number;
  readonly lockTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
  readonly poolSize?: number;
}

/**
 * The read-only connection of readDb, opened after the writer's (which created the file and put
 * it in WAL mode): a reader of a WAL database waits for no writer. Its busy timeout is short and
 * rarely met (a checkpoint's moment), since better-sqlite3 would block the thread meanwhile.
 */
function openSqliteReader(file: string): SQLite.Database {
  const sqlite = new SQLite(file, { readonly: true });
  sqlite.pragma('busy_timeout = 200');
  return sqlite;
}

function openSqlite(file: string, busyTimeoutMs: number): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // Per connection, not stored in the file: a reopened database would run NORMAL, under which
  // WAL can lose acknowledged commits on power loss. FULL syncs the log at every commit.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return sqlite;
}

/**
 * Opens the configured database; nothing is migrated here (see migrateToLatest).
 * A SQLite file's folder is created when missing. PostgreSQL connection options (a schema
 * through `?options=-c%20search_path%3Dname`) travel in the URL.
 * @example
 * const { db, kind, destroy } = createDatabase(loadConfig().database);
 * await migrateToLatest({ db, kind });
 */
export function createDatabase(
  target: DatabaseTarget,
  {
    busyTimeoutMs = BUSY_TIMEOUT_MS,
    poolWaitMs = POOL_WAIT_MS,
    lockTimeoutMs = LOCK_TIMEOUT_MS,
    statementTimeoutMs = STATEMENT_TIMEOUT_MS,
    poolSize = POOL_SIZE,
  }: DatabaseOptions = {},
): DatabaseHandle {
  if (target.kind === 'sqlite') {
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect(
        { database: withStatementCache(openSqlite(target.file, busyTimeoutMs)) },
        busyTimeoutMs,
      ),
    });
    const readDb =
      target.file === ':memory:'
        ? db
        : new Kysely<Database>({
            dialect: new SqliteDialect({
              database: withStatementCache(openSqliteReader(target.file)),
            }),
          });
    return { db, readDb, kind: target.kind, destroy: () => destroyBoth(db, readDb) };
  }
  const pool = (max: number) =>
    new Kysely<Database>({
      dialect: new CurrentSchemaPostgresDialect({
        pool: boundedPool(
          new pg.Pool({
            connectionString: target.url,
            // Each statement parsed and planned once per connection (pg-named-statements.ts).
            Client: namingClient(statementNames()),
            max,
            // Bounded waits, each answered 503 with Retry-After (bounded-pool.ts).
            connectionTimeoutMillis: poolWaitMs,
            lock_timeout: lockTimeoutMs,
            statement_timeout: statementTimeoutMs,
          }),
        ),
      }),
    });
  const db = pool(poolSize);
  const readDb = pool(READ_POOL_SIZE);
  return { db, readDb, kind: target.kind, destroy: () => destroyBoth(db, readDb) };
}

async function destroyBoth(db: Kysely<Database>, readDb: Kysely<Database>): Promise<void> {
  await db.destroy();
  if (readDb !== db) await readDb.destroy();
}

/** Where a database is, for messages: the file, or the URL with every credential masked. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return target.file;
  return maskCredentials(target.url, secretsOfUrl(target.url));
}

/**
 * Opens the configured database and checks that it answers, so that a wrong DATABASE_URL is
 * one clear message ("cannot open the database at …") rather than a failure somewhere later.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  try {
    handle = createDatabase(target);
  } catch (error) {
    throw unavailable(target, error);
  }
  try {
    await sql`select 1`.execute(handle.db);
    return handle;
  } catch (error) {
    await handle.destroy().catch(() => undefined);
    throw unavailable(target, error);
  }
}

function unavailable(target: DatabaseTarget, error: unknown): DatabaseUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  // A driver may repeat the connection string, or a part of it, in its own message.
  const reason =
    target.kind === 'sqlite' ? message : maskCredentials(message, secretsOfUrl(target.url));
  return new DatabaseUnavailableError(
    `cannot open the database at ${describeTarget(target)}: ${reason}`,
    {
      cause: error,
    },
  );
}
