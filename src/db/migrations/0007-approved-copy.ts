import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * The published value kept while a correction is in review (issue 12): when an approved figure
 * or narrative becomes a draft again (an admin reopened its entry, or saved over it), the text
 * it had when approved stays in `approved_text`, so visitors and the report keep reading it
 * until the correction is approved. Null while the record itself is the approved one.
 */
export const approvedCopyMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('year_figures').addColumn('approved_text', 'text').execute();
    await db.schema.alterTable('narratives').addColumn('approved_text', 'text').execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('narratives').dropColumn('approved_text').execute();
    await db.schema.alterTable('year_figures').dropColumn('approved_text').execute();
  },
};
