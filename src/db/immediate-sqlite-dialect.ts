import { setTimeout as delay } from 'node:timers/promises';
import type { DatabaseConnection, Driver, SqliteDialectConfig, TransactionSettings } from 'kysely';
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';

/**
 * How long one attempt at the write lock may block the event loop (better-sqlite3 is
 * synchronous): not at all. Attempts of 20 ms, a few milliseconds apart, held the thread most
 * of the time another process held the lock, and the report route's p99 tripled meanwhile
 * (bench 'lock waits').
 */
const ATTEMPT_MS = 0;

const isBusy = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'SQLITE_BUSY';

/**
 * Begins write transactions with BEGIN IMMEDIATE. Kysely's driver begins DEFERRED, so a
 * transaction that reads first and then writes meets another process's write lock (a CLI
 * import, a restore) at its first write, where SQLite answers SQLITE_BUSY at once instead of
 * waiting the busy timeout (it could not wait without risking a deadlock). IMMEDIATE takes the
 * lock first, where waiting is safe.
 *
 * The wait is made of attempts that do not wait, with the event loop free between them, rather
 * than one synchronous busy_timeout of seconds: better-sqlite3 blocks the thread while SQLite
 * waits, and a server must keep answering its other requests meanwhile. Past `lockTimeoutMs` the last
 * SQLITE_BUSY is thrown (writeTransaction turns it into DatabaseBusyError, a 503).
 * A transaction begun with `setAccessMode('read only')` stays DEFERRED and takes no write lock.
 */
export class ImmediateSqliteDriver extends SqliteDriver {
  readonly #lockTimeoutMs: number;

  constructor(config: SqliteDialectConfig, lockTimeoutMs: number) {
    super(config);
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    if (settings?.accessMode === 'read only') {
      await connection.executeQuery(CompiledQuery.raw('begin'));
      return;
    }
    const deadline = performance.now() + this.#lockTimeoutMs;
    const attempt = Math.min(ATTEMPT_MS, this.#lockTimeoutMs);
    const original = await busyTimeout(connection);
    await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${attempt}`));
    try {
      for (;;) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'));
          return;
        } catch (error) {
          if (!isBusy(error) || performance.now() >= deadline) throw error;
          await delay(1 + Math.random() * 10);
        }
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${original}`));
    }
  }
}

async function busyTimeout(connection: DatabaseConnection): Promise<number> {
  const { rows } = await connection.executeQuery<{ timeout: number }>(
    CompiledQuery.raw('pragma busy_timeout'),
  );
  return rows[0]?.timeout ?? 0;
}

/**
 * SQLite (better-sqlite3) whose write transactions begin IMMEDIATE and wait up to
 * `lockTimeoutMs` for another process's write lock.
 * @example new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }, 5000) })
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #lockTimeoutMs: number;

  constructor(config: SqliteDialectConfig, lockTimeoutMs: number) {
    super(config);
    this.#config = config;
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#lockTimeoutMs);
  }
}
