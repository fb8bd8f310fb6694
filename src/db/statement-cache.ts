import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct statements kept prepared; Kysely's SQL repeats, but `in (?, ?, …)` lists vary. */
const CAPACITY = 500;

/**
 * A better-sqlite3 database whose `prepare` keeps each statement for the next query of the
 * same SQL: Kysely prepares every query anew, which was an eighth of a figure save's time
 * (bench 'round entries'). The oldest unused statement goes once `capacity` are kept. Safe on
 * the one connection Kysely's driver serializes queries on.
 * @example new ImmediateSqliteDialect({ database: withStatementCache(new SQLite(file)) }, 5000)
 */
export function withStatementCache(
  database: SqliteDatabase,
  capacity = CAPACITY,
): SqliteDatabase & { readonly cached: number } {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      if (kept !== undefined) {
        // Most recently used last: the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
    get cached() {
      return statements.size;
    },
  };
}
