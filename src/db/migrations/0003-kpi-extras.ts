import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/** A KPI's printed cells that have no field of their own (効果額, 差), as a JSON array. */
export const kpiExtrasMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('kpis')
      .addColumn('extras', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('kpis').dropColumn('extras').execute();
  },
};
