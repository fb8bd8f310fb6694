import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * A basic policy or theme program renamed from a fiscal year (issue 20): the tree stores the
 * current name, and the years before the rename keep the name they were printed with. Nodes
 * are named by their printed numbers (theme_number null: the policy itself), which a plan with
 * a published year cannot change. One row per rename, with who, when and why.
 */
export function treeRenamesMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('tree_renames'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('policy_number', 'text', (c) => c.notNull())
        .addColumn('theme_number', 'text')
        .addColumn('from_year', 'integer', (c) => c.notNull())
        .addColumn('old_name', 'text', (c) => c.notNull())
        .addColumn('new_name', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('tree_renames_plan')
        .on('tree_renames')
        .column('plan_id')
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('tree_renames').execute();
    },
  };
}
