import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The review of a round's entries (issue 21):
 * - what an entry read when it was returned: the figure, cumulative figure and narrative as
 *   stored at the return, kept on the return's comment, so that the reviewer sees what the
 *   department changed before submitting again (null on a reopen, and on earlier returns);
 * - the entry an e-mail tells of (returned, reopened, approved): such notices are not one per
 *   round, kind and recipient like the round's own e-mails, so they carry no round_id (the
 *   outbox's unique key leaves them alone) and name their entry, through which the outbox
 *   finds their plan and year.
 */
export const entryReviewMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    for (const column of ['figure_text', 'cumulative_text', 'narrative_text']) {
      await db.schema.alterTable('entry_comments').addColumn(column, 'text').execute();
    }
    await db.schema
      .alterTable('outbox')
      .addColumn('entry_id', 'integer', (c) => c.references('round_entries.id').onDelete('cascade'))
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('outbox').dropColumn('entry_id').execute();
    for (const column of ['narrative_text', 'cumulative_text', 'figure_text']) {
      await db.schema.alterTable('entry_comments').dropColumn(column).execute();
    }
  },
};
