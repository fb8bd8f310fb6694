import type { Kysely, MigrationResult } from 'kysely';
import { Migrator, sql } from 'kysely';
import type { DatabaseKind } from './database-kind.ts';
import { MigrationError } from './errors.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './tables.ts';

export interface MigrationTarget {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
}

/**
 * On PostgreSQL the Migrator looks for its own tables in every schema, so a database holding
 * several Mieruka schemas (a tenant or a test each) would see another's history: name ours.
 */
async function migrator({ db, kind }: MigrationTarget): Promise<Migrator> {
  const provider = { getMigrations: async () => migrations(kind) };
  if (kind === 'sqlite') return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/**
 * Brings the database up to this build's latest migration and returns the names applied.
 * Refuses, with a MigrationError and nothing changed, a database whose history is not a prefix
 * of this build's list (a migration renamed, removed, or from a newer build).
 * @example await migrateToLatest(createDatabase(config.database)) // ['0001-initial']
 */
export async function migrateToLatest(target: MigrationTarget): Promise<string[]> {
  const { error, results = [] } = await (await migrator(target)).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result: MigrationResult) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed ? `migration ${failed.migrationName} failed: ${reason}` : `cannot migrate: ${reason}`,
      { cause: error },
    );
  }
  return results.map((result) => result.migrationName);
}

/** The migrations this build knows that the database has not run yet. */
export async function pendingMigrations(target: MigrationTarget): Promise<string[]> {
  const all = await (await migrator(target)).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((m) => m.name);
}
