import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * Sign-in and the audit trail: accounts of a municipality with a role and departments,
 * sessions kept in the database (so several app servers share them), failed sign-ins counted
 * in the database (so the limit holds across servers), the published fiscal years of a plan,
 * and the append-only audit log.
 */
export function accountsAuditMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('accounts'))
        .addColumn('municipality_id', 'integer', (c) =>
          c.notNull().references('municipalities.id').onDelete('cascade'),
        )
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) =>
          c.notNull().check(sql`role in ('admin', 'editor', 'viewer')`),
        )
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await db.schema
        .createTable('account_departments')
        .addColumn('account_id', 'integer', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('department', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('account_departments_pk', ['account_id', 'department'])
        .execute();

      await withId(db.schema.createTable('sessions'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'integer', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .execute();
      await db.schema
        .createIndex('sessions_account_idx')
        .on('sessions')
        .column('account_id')
        .execute();

      await withId(db.schema.createTable('sign_in_failures'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sign_in_failures_email_idx')
        .on('sign_in_failures')
        .columns(['email', 'at'])
        .execute();
      await db.schema
        .createIndex('sign_in_failures_address_idx')
        .on('sign_in_failures')
        .columns(['address', 'at'])
        .execute();

      await db.schema
        .createTable('published_years')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('published_years_pk', ['plan_id', 'fiscal_year'])
        .execute();

      // No foreign keys: the log outlives what it describes (a deleted plan, a removed account).
      await withId(db.schema.createTable('audit_log'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('municipality_id', 'integer')
        .addColumn('account_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'integer')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('kpi_code', 'text')
        .addColumn('fiscal_year', 'integer')
        .addColumn('field', 'text')
        .addColumn('old_value', 'text')
        .addColumn('new_value', 'text')
        .execute();
      await db.schema
        .createIndex('audit_log_plan_idx')
        .on('audit_log')
        .columns(['plan_id', 'kpi_code', 'id'])
        .execute();
      await db.schema
        .createIndex('audit_log_municipality_idx')
        .on('audit_log')
        .columns(['municipality_id', 'id'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      for (const table of [
        'audit_log',
        'published_years',
        'sign_in_failures',
        'sessions',
        'account_departments',
        'accounts',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
