import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * Whether an account's password was set by someone else (the first start's printed password,
 * an admin's first or reset password) and is still to be changed by its owner (issue 23).
 * Accounts stored before keep 0: nothing says who set their passwords.
 */
export const temporaryPasswordMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('accounts')
      .addColumn('password_temporary', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`password_temporary in (0, 1)`),
      )
      .execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('accounts').dropColumn('password_temporary').execute();
  },
};
