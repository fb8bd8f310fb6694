import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

/**
 * Evaluations in levels (issue 21):
 * - the role `committee` (外部評価委員), which the CHECK of accounts.role (0005) refused;
 * - `evaluations`: one level (self, second, external, final) of a KPI's evaluation of a year,
 *   a grade and a text, the final judgement's way ahead, versioned like figures;
 * - `evaluation_schemes`: a plan's levels, grades and published levels, edited by an admin
 *   (no row: the default scheme, A–D).
 */
export function evaluationsMigration(kind: DatabaseKind): Migration {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await setRoleCheck(db, kind, WITH_COMMITTEE);
      await withId(db.schema.createTable('evaluations'))
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('level', 'text', (c) =>
          c.notNull().check(sql`level in ('self', 'second', 'external', 'final')`),
        )
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) =>
          c.check(sql`direction in ('expand', 'continue', 'review', 'abolish')`),
        )
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('evaluations_slot', ['kpi_id', 'fiscal_year', 'level'])
        .execute();
      await db.schema
        .createTable('evaluation_schemes')
        .addColumn('plan_id', 'integer', (c) =>
          c.primaryKey().references('plans.id').onDelete('cascade'),
        )
        .addColumn('scheme', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('evaluation_schemes').execute();
      await db.schema.dropTable('evaluations').execute();
      await db.deleteFrom('accounts').where('role', '=', 'committee').execute();
      await setRoleCheck(db, kind, WITHOUT_COMMITTEE);
    },
  };
}

const WITHOUT_COMMITTEE = "role in ('admin', 'editor', 'viewer')";
const WITH_COMMITTEE = "role in ('admin', 'editor', 'viewer', 'committee')";

/** Replaces the CHECK on accounts.role: PostgreSQL alters it, SQLite rebuilds the table. */
async function setRoleCheck(db: Kysely<any>, kind: DatabaseKind, check: string): Promise<void> {
  if (kind === 'postgres') {
    // 0005 left the column's CHECK unnamed: PostgreSQL named it accounts_role_check.
    await sql`alter table accounts drop constraint if exists accounts_role_check`.execute(db);
    await sql`alter table accounts add constraint accounts_role_check check (${sql.raw(check)})`.execute(
      db,
    );
    return;
  }
  await rebuildSqliteAccounts(db, check);
}

/**
 * SQLite cannot alter a CHECK: the table is made again under its own definition with the new
 * CHECK, its rows copied, and put in the old one's place (SQLite's "other kinds of table schema
 * changes"). Dropping accounts with foreign keys on would delete every session and account
 * department through their ON DELETE CASCADE, so foreign keys are off meanwhile (SQLite runs
 * migrations outside a transaction, where the pragma takes effect) and checked before commit.
 */
async function rebuildSqliteAccounts(db: Kysely<any>, check: string): Promise<void> {
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'accounts'`.execute(db);
  const definition = rows[0]?.sql;
  const from = check === WITH_COMMITTEE ? WITHOUT_COMMITTEE : WITH_COMMITTEE;
  if (definition === undefined || !definition.includes(from)) {
    throw new Error(`accounts has no CHECK (${from}) to replace`);
  }
  const rebuilt = definition
    .replace(from, check)
    .replace(/^create table\s+("?)accounts\1/i, 'create table "accounts_rebuilt"');
  const foreignKeys = await pragmaValue(db, 'foreign_keys');
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    if ((await pragmaValue(db, 'foreign_keys')) !== 0) {
      throw new Error('cannot turn foreign keys off to rebuild accounts (inside a transaction?)');
    }
    await db.transaction().execute(async (trx) => {
      await sql.raw(rebuilt).execute(trx);
      await sql`insert into accounts_rebuilt select * from accounts`.execute(trx);
      await sql`drop table accounts`.execute(trx);
      await sql`alter table accounts_rebuilt rename to accounts`.execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('rebuilding accounts broke a foreign key');
    });
  } finally {
    await sql.raw(`pragma foreign_keys = ${foreignKeys === 0 ? 'off' : 'on'}`).execute(db);
  }
}

async function pragmaValue(db: Kysely<any>, name: 'foreign_keys'): Promise<number> {
  const { rows } = await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(db);
  return rows[0]?.[name] ?? 0;
}
