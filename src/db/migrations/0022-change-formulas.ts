import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const TO_TARGET = "formula in ('ratio', 'progress')";
const WITH_BASE_CHANGES = "formula in ('ratio', 'progress', 'change', 'reduction', 'gap')";

/**
 * Rates that are changes against the base year (issue 24): `change`, (actual − baseline) ÷
 * baseline (増減率, 三重県's ▲1.6%), and `reduction`, (baseline − actual) ÷ baseline (純減率,
 * 軽米町's 21.5%), and the gap to the target, `gap`, (target − actual) ÷ target (乖離率, 小坂町's
 * −4.8%), which the CHECK of kpis.formula (0001) refused. Down turns such KPIs back into
 * ratios, the only way the old CHECK lets them be.
 */
export function changeFormulasMigration(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await setFormulaCheck(db, kind, TO_TARGET, WITH_BASE_CHANGES);
    },
    async down(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('kpis')
        .set({ formula: 'ratio' })
        .where('formula', 'in', ['change', 'reduction', 'gap'])
        .execute();
      await setFormulaCheck(db, kind, WITH_BASE_CHANGES, TO_TARGET);
    },
  };
}

/** Replaces the CHECK on kpis.formula: PostgreSQL alters it, SQLite rebuilds the table (0023 too). */
export async function setFormulaCheck(
  db: Kysely<any>,
  kind: DatabaseKind,
  from: string,
  check: string,
): Promise<void> {
  if (kind === 'postgres') {
    // 0001 left the column's CHECK unnamed: PostgreSQL named it kpis_formula_check.
    await sql`alter table kpis drop constraint if exists kpis_formula_check`.execute(db);
    await sql`alter table kpis add constraint kpis_formula_check check (${sql.raw(check)})`.execute(
      db,
    );
    return;
  }
  await rebuildSqliteKpis(db, from, check);
}

/**
 * SQLite cannot alter a CHECK: kpis is made again under its own definition with the new CHECK,
 * its rows copied, put in the old one's place and its indexes made again (as 0014 does for
 * accounts). Foreign keys are off meanwhile, so that dropping kpis does not cascade to its
 * figures, narratives and changes, and checked before commit.
 */
export async function rebuildSqliteKpis(
  db: Kysely<any>,
  from: string,
  check: string,
): Promise<void> {
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'kpis'`.execute(db);
  const definition = rows[0]?.sql;
  if (definition === undefined || !definition.includes(from)) {
    throw new Error(`kpis has no CHECK (${from}) to replace`);
  }
  const indexes = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'index' and tbl_name = 'kpis' and sql is not null`.execute(
    db,
  );
  const rebuilt = definition
    .replace(from, check)
    .replace(/^create table\s+("?)kpis\1/i, 'create table "kpis_rebuilt"');
  const foreignKeys = await foreignKeysOn(db);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    if (await foreignKeysOn(db)) {
      throw new Error('cannot turn foreign keys off to rebuild kpis (inside a transaction?)');
    }
    await db.transaction().execute(async (trx) => {
      await sql.raw(rebuilt).execute(trx);
      await sql`insert into kpis_rebuilt select * from kpis`.execute(trx);
      await sql`drop table kpis`.execute(trx);
      await sql`alter table kpis_rebuilt rename to kpis`.execute(trx);
      for (const index of indexes.rows) await sql.raw(index.sql).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('rebuilding kpis broke a foreign key');
    });
  } finally {
    await sql.raw(`pragma foreign_keys = ${foreignKeys ? 'on' : 'off'}`).execute(db);
  }
}

async function foreignKeysOn(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  return (rows[0]?.foreign_keys ?? 0) !== 0;
}
