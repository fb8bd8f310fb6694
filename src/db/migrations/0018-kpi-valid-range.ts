import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The range a KPI declares for its figures (issue 23): a satisfaction rate 0–100, a count from
 * 0, a ratio up to 1.5 … Null bounds are open; both null: the range its unit gives.
 */
export const kpiValidRangeMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('kpis').addColumn('valid_min', 'double precision').execute();
    await db.schema.alterTable('kpis').addColumn('valid_max', 'double precision').execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('kpis').dropColumn('valid_max').execute();
    await db.schema.alterTable('kpis').dropColumn('valid_min').execute();
  },
};
