import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * A KPI moved to another theme program from a fiscal year (issue 20): the tree stores where it
 * is now; each move keeps where it stood before (its policy and theme by printed number, and
 * the KPI it followed), so the years before print it there. One row per move, with who, when
 * and why.
 */
export function kpiThemeMovesMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('kpi_theme_moves'))
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('from_year', 'integer', (c) => c.notNull())
        .addColumn('policy_before', 'text', (c) => c.notNull())
        .addColumn('theme_before', 'text', (c) => c.notNull())
        .addColumn('after_before', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('kpi_theme_moves_kpi')
        .on('kpi_theme_moves')
        .column('kpi_id')
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('kpi_theme_moves').execute();
    },
  };
}
