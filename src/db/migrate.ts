import type { Kysely, MigrationResult } from 'kysely';
import { Migrator } from 'kysely';
import type { DatabaseKind } from './database-kind.ts';
import { MigrationError } from './errors.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './tables.ts';

export interface MigrationTarget {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
}

function migrator({ db, kind }: MigrationTarget): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations(kind) } });
}

/**
 * Brings the database up to this build's latest migration and returns the names applied.
 * Refuses, with a MigrationError and nothing changed, a database whose history is not a prefix
 * of this build's list (a migration renamed, removed, or from a newer build).
 * @example await migrateToLatest(createDatabase(config.database)) // ['0001-initial']
 */
export async function migrateToLatest(target: MigrationTarget): Promise<string[]> {
  const { error, results = [] } = await migrator(target).migrateToLatest();
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
  const all = await migrator(target).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((m) => m.name);
}
