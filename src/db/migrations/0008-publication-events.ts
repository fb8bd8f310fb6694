import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * What the public was told, for the plan's Atom feed (issue 13): a year published, a year
 * withdrawn with its reason, a published figure or narrative corrected (its old and new text).
 * Written in the transaction of the change; never updated.
 */
export function publicationEventsMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('publication_events'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) =>
          c.notNull().check(sql`kind in ('publish', 'withdraw', 'correction')`),
        )
        .addColumn('kpi_code', 'text')
        .addColumn('department', 'text')
        .addColumn('field', 'text')
        .addColumn('old_text', 'text')
        .addColumn('new_text', 'text')
        .addColumn('reason', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('publication_events_plan_idx')
        .on('publication_events')
        .columns(['plan_id', 'id'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('publication_events').execute();
    },
  };
}
