import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { DatabaseBusyError } from './errors.ts';

/*
 * PostgreSQL waits, bounded: a request waits so long for a connection of the pool, a statement
 * so long for a row lock, and runs so long in all; past each, DatabaseBusyError (503 with
 * Retry-After) instead of a request that hangs while writers queue on a plan's row lock.
 */

/** How long a request waits for a connection of the pool. */
export const POOL_WAIT_MS = 5_000;
/** How long a statement waits for a lock (a plan's row lock held by an edit or an import). */
export const LOCK_TIMEOUT_MS = 5_000;
/** How long one statement may run. */
export const STATEMENT_TIMEOUT_MS = 60_000;

/** lock_not_available (lock_timeout), query_canceled (statement_timeout). */
const WAITED_TOO_LONG = new Set(['55P03', '57014']);

const codeOf = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;

function busy(error: unknown, what: string): unknown {
  return new DatabaseBusyError(`the database is busy (${what}); try again shortly`, {
    cause: error,
  });
}

function asAnswer(error: unknown): unknown {
  const code = codeOf(error);
  if (code === '55P03') return busy(error, 'a lock was held too long');
  if (code === '57014') return busy(error, 'a statement ran too long');
  return error;
}

function boundedClient(client: pg.PoolClient): PostgresPoolClient {
  return {
    query: ((...args: Parameters<pg.PoolClient['query']>) => {
      const result: unknown = client.query(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw WAITED_TOO_LONG.has(String(codeOf(error))) ? asAnswer(error) : error;
          })
        : result;
    }) as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}

/**
 * The pool Kysely is given: a connection waited for past the pool's connectionTimeoutMillis, a
 * lock past lock_timeout and a statement past statement_timeout are DatabaseBusyError.
 * @example new PostgresDialect({ pool: boundedPool(new pg.Pool({ connectionTimeoutMillis: POOL_WAIT_MS })) })
 */
export function boundedPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      try {
        return boundedClient(await pool.connect());
      } catch (error) {
        throw error instanceof Error &&
          /timeout exceeded when trying to connect/.test(error.message)
          ? busy(error, 'every connection is in use')
          : error;
      }
    },
    end: () => pool.end(),
  };
}
