import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day, not today's table types */

/**
 * Replaces the CHECK on a column of kpis (its formula: 0022, 0023; its basis: 0024):
 * PostgreSQL alters it, SQLite rebuilds the table. `from` is the CHECK's text as it stands.
 */
export async function replaceKpisCheck(
  db: Kysely<any>,
  kind: DatabaseKind,
  column: 'formula' | 'basis',
  from: string,
  check: string,
): Promise<void> {
  if (kind === 'postgres') {
    // 0001 left the column's CHECK unnamed: PostgreSQL named it kpis_<column>_check.
    const name = sql.id(`kpis_${column}_check`);
    await sql`alter table kpis drop constraint if exists ${name}`.execute(db);
    await sql`alter table kpis add constraint ${name} check (${sql.raw(check)})`.execute(db);
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
async function rebuildSqliteKpis(db: Kysely<any>, from: string, check: string): Promise<void> {
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
