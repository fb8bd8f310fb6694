import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * What an entry read when it was returned (issue 21): the figure, cumulative figure and
 * narrative as stored at the return, kept on the return's comment, so that the reviewer sees
 * what the department changed before submitting again. Null on a reopen, and on returns made
 * before this migration (nothing was kept then).
 */
export const returnSnapshotMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    for (const column of ['figure_text', 'cumulative_text', 'narrative_text']) {
      await db.schema.alterTable('entry_comments').addColumn(column, 'text').execute();
    }
  },
  async down(db: Kysely<any>): Promise<void> {
    for (const column of ['narrative_text', 'cumulative_text', 'figure_text']) {
      await db.schema.alterTable('entry_comments').dropColumn(column).execute();
    }
  },
};
