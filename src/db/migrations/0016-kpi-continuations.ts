import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The next plan (次期計画, issue 20): a KPI carried over into it continues one of the current
 * plan's, so its series reads on across the two plans (継続). One row per carried KPI.
 */
export const kpiContinuationsMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('kpi_continuations')
      .addColumn('kpi_id', 'integer', (c) =>
        c.primaryKey().references('kpis.id').onDelete('cascade'),
      )
      .addColumn('from_kpi_id', 'integer', (c) =>
        c.notNull().references('kpis.id').onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('kpi_continuations_from')
      .on('kpi_continuations')
      .column('from_kpi_id')
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('kpi_continuations').execute();
  },
};
