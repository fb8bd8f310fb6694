import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * A KPI's figures and narratives found by its id whatever their department (issue 25): the
 * unique indexes of 0001 are partial (department null, department set), so a read of a plan's
 * figures (`kpi_id in (…)`, either department) used neither and read every municipality's rows.
 * Among 1,741 municipalities that was most of a report's first computation (bench 'scale').
 */
export const tenantIndexesMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('year_figures_kpi').on('year_figures').column('kpi_id').execute();
    await db.schema.createIndex('narratives_kpi').on('narratives').column('kpi_id').execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('narratives_kpi').execute();
    await db.schema.dropIndex('year_figures_kpi').execute();
  },
};
