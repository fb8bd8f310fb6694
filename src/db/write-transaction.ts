import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from './database-kind.ts';
import { DatabaseBusyError, DuplicateError } from './errors.ts';
import type { Database } from './tables.ts';

/** Attempts of a transaction PostgreSQL aborted as a deadlock or serialization failure. */
const MAX_ATTEMPTS = 4;

/** PostgreSQL aborts one side of these; running the whole transaction again is the remedy. */
const RETRYABLE = new Set(['40001', '40P01']);

/** The request field each table's unique key comes from, for a 409 that names it. */
const UNIQUE_FIELDS: Readonly<Partial<Record<string, string>>> = {
  municipalities: 'municipality.code',
  departments: 'department',
  plans: 'name',
  basic_policies: 'number',
  theme_programs: 'number',
  kpis: 'code',
  kpi_departments: 'departments',
  year_figures: 'version',
  narratives: 'version',
};

export interface WriteTransactionOptions {
  /** Field names to report instead of the defaults, by table (an import names its plan `plan`). */
  readonly uniqueFields?: Readonly<Partial<Record<string, string>>>;
}

const codeOf = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;

/** The table whose unique key a write collided with, on either database; undefined otherwise. */
function uniqueViolationTable(error: unknown): string | undefined {
  const code = codeOf(error);
  if (!(error instanceof Error)) return undefined;
  let table: unknown;
  if (code === '23505') table = 'table' in error ? error.table : undefined;
  else if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    table = /constraint failed: (\w+)\./.exec(error.message)?.[1];
  }
  return typeof table === 'string' ? table : undefined;
}

/** Storage failures that are answers, not bugs: a busy database, a key taken by a racing writer. */
function translate(error: unknown, options: WriteTransactionOptions): unknown {
  if (codeOf(error) === 'SQLITE_BUSY') {
    return new DatabaseBusyError('the database is busy with another writer; try again shortly', {
      cause: error,
    });
  }
  const table = uniqueViolationTable(error);
  if (table === undefined) return error;
  const field = options.uniqueFields?.[table] ?? UNIQUE_FIELDS[table] ?? table;
  return new DuplicateError(
    field,
    `${field}: saved by someone else at the same time (${table}); reload and try again`,
  );
}

/**
 * Runs `fn` in one write transaction, the way every service writes:
 * - SQLite: the transaction begins IMMEDIATE (see ImmediateSqliteDialect), so it waits for
 *   another process's write lock up to the busy timeout; past it, DatabaseBusyError (503).
 * - PostgreSQL: a deadlock or serialization failure (40P01, 40001) runs the whole transaction
 *   again, a bounded number of times with a small jittered backoff; `fn` must therefore do
 *   nothing outside the transaction it is given.
 * - Both: a unique key taken by a concurrent writer is a DuplicateError naming the field (409).
 * @example
 * const saved = await writeTransaction(store, (trx) => savePlan(trx, cityId, plan, { now }));
 */
export async function writeTransaction<T>(
  store: { readonly db: Kysely<Database>; readonly kind: DatabaseKind },
  fn: (trx: Transaction<Database>) => Promise<T>,
  options: WriteTransactionOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.db.transaction().execute(fn);
    } catch (error) {
      if (!RETRYABLE.has(String(codeOf(error)))) throw translate(error, options);
      if (attempt >= MAX_ATTEMPTS) {
        throw new DatabaseBusyError(
          `the database kept aborting this write as a deadlock (${attempt} attempts); try again`,
          { cause: error },
        );
      }
      await delay(attempt * 10 + Math.random() * 20);
    }
  }
}
