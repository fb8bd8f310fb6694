import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The label a KPI's cumulative row is printed under (issue 13): 累計 as most are, 合計 as
 * Yuzawa prints ⑱'s. KPIs stored before keep 累計 until their table is imported again.
 */
export const cumulativeLabelMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('kpis')
      .addColumn('cumulative_label', 'text', (c) =>
        c
          .notNull()
          .defaultTo('累計')
          .check(sql`cumulative_label in ('累計', '合計')`),
      )
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('kpis').dropColumn('cumulative_label').execute();
  },
};
