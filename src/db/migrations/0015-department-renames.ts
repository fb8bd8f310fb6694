import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * A department renamed after a reorganisation (機構改革, issue 20): the department keeps its
 * row and its KPIs, accounts and entries; its name changes from a fiscal year, and the years
 * before it keep the old name in every report. One row per rename, with who, when and why.
 */
export function departmentRenamesMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('department_renames'))
        .addColumn('department_id', 'integer', (c) =>
          c.notNull().references('departments.id').onDelete('cascade'),
        )
        .addColumn('from_year', 'integer', (c) => c.notNull())
        .addColumn('old_name', 'text', (c) => c.notNull())
        .addColumn('new_name', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('department_renames_department')
        .on('department_renames')
        .columns(['department_id', 'from_year'])
        .unique()
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('department_renames').execute();
    },
  };
}
