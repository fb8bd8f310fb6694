import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/** Frozen copy of src/domain/entry-state.ts ENTRY_STATES as of this migration. */
const ENTRY_STATES = sql`('not_started', 'draft', 'submitted', 'returned', 'approved')`;

/**
 * The yearly collection round (照会, issue 12): a round per plan and fiscal year with its due
 * date, an entry per KPI × responsible department with its state, the conversation of
 * returns and reopens, and the outbox of reminder e-mails written in the same transaction as
 * the event that causes them.
 */
export function collectionRoundMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('rounds'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('open', 'closed')`))
        .addColumn('opened_by', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('rounds_plan_year_unique', ['plan_id', 'fiscal_year'])
        .execute();

      await withId(db.schema.createTable('round_entries'))
        .addColumn('round_id', 'integer', (c) =>
          c.notNull().references('rounds.id').onDelete('cascade'),
        )
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('department_id', 'integer', (c) =>
          c.notNull().references('departments.id').onDelete('cascade'),
        )
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ${ENTRY_STATES}`))
        // An admin reopened the approved entry after the round closed: writable until approved.
        .addColumn('reopened', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`reopened in (0, 1)`),
        )
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('round_entries_unique', ['round_id', 'kpi_id', 'department_id'])
        .execute();

      await withId(db.schema.createTable('entry_comments'))
        .addColumn('entry_id', 'integer', (c) =>
          c.notNull().references('round_entries.id').onDelete('cascade'),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('return', 'reopen')`))
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('entry_comments_entry_idx')
        .on('entry_comments')
        .columns(['entry_id', 'id'])
        .execute();

      // Sent by the server with retries; claimed_until keeps two servers from sending one twice.
      await withId(db.schema.createTable('outbox'))
        .addColumn('municipality_id', 'integer', (c) =>
          c.notNull().references('municipalities.id').onDelete('cascade'),
        )
        .addColumn('round_id', 'integer', (c) => c.references('rounds.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('send_after', 'text', (c) => c.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('sent_at', 'text')
        .addUniqueConstraint('outbox_message_unique', ['round_id', 'kind', 'recipient'])
        .execute();
      await db.schema
        .createIndex('outbox_pending_idx')
        .on('outbox')
        .columns(['sent_at', 'send_after'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      for (const table of ['outbox', 'entry_comments', 'round_entries', 'rounds']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
