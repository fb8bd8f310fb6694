import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const EDITABLE = ['plans', 'basic_policies', 'theme_programs', 'kpis'] as const;

/**
 * A version on every editable record of the plan tree, as figures and narratives have: an edit
 * names the version it read and is refused when someone changed the record since.
 */
export const recordVersionsMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    for (const table of EDITABLE) {
      await db.schema
        .alterTable(table)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    }
  },
  async down(db: Kysely<any>): Promise<void> {
    for (const table of EDITABLE) await db.schema.alterTable(table).dropColumn('version').execute();
  },
};
