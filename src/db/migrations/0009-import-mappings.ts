import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The column roles an admin confirmed on the import page (issue 14), saved with the plan under
 * the shape of the file's header, and applied again to next year's file of the same shape.
 */
export function importMappingsMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('import_mappings'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('shape', 'text', (c) => c.notNull())
        .addColumn('column_roles', 'text', (c) => c.notNull())
        .addColumn('fiscal_year_offset', 'integer')
        .addColumn('saved_by', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('import_mappings_plan_shape', ['plan_id', 'shape'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('import_mappings').execute();
    },
  };
}
