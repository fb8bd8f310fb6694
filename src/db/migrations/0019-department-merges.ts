import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * Two departments merged from a fiscal year (機構改革, issue 20): the merged department keeps its
 * row (its past figures, narratives and entries stay under it) and says into which department
 * and from which year; each of its KPIs keeps the departments it had before, so every year
 * before the merge names them as they were.
 */
export function departmentMergesMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('departments').addColumn('merged_into', 'integer').execute();
      await db.schema.alterTable('departments').addColumn('merged_from', 'integer').execute();
      await withId(db.schema.createTable('kpi_department_moves'))
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('from_year', 'integer', (c) => c.notNull())
        .addColumn('departments_before', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('kpi_department_moves_kpi')
        .on('kpi_department_moves')
        .column('kpi_id')
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('kpi_department_moves').execute();
      await db.schema.alterTable('departments').dropColumn('merged_from').execute();
      await db.schema.alterTable('departments').dropColumn('merged_into').execute();
    },
  };
}
