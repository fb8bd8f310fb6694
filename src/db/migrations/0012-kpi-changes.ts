import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The plan's life (issue 20): each change of a KPI — added, its definition revised, retired —
 * dated by the fiscal year it takes effect, with who, when and why. The kpis row keeps the
 * KPI's first definition; a year's plan applies the changes in force then.
 */
export function kpiChangesMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('kpi_changes'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('from_year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) =>
          c.notNull().check(sql`kind in ('add', 'revise', 'retire')`),
        )
        .addColumn('definition', 'text')
        .addColumn('replaced_by', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('kpi_changes_plan').on('kpi_changes').column('plan_id').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('kpi_changes').execute();
    },
  };
}
