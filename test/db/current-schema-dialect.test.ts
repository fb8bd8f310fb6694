import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createTestDatabase, databaseUnavailable, targetOf } from '../support/databases.ts';

/*
 * The migrator's introspection reads the current schema only (current-schema-dialect.ts): a
 * database holding other Mieruka schemas (a municipality each, a test run's hundreds) costs it
 * nothing, and what it says of our schema is what Kysely's own introspector says of it.
 */
describe.skipIf(databaseUnavailable('postgres'))('the current schema’s introspection', () => {
  let ours: DatabaseHandle;
  let other: DatabaseHandle;
  beforeAll(async () => {
    ours = await createTestDatabase('postgres');
    other = await createTestDatabase('postgres');
    await sql`create table only_in_other (id integer)`.execute(other.db);
  });
  afterAll(async () => {
    await ours.destroy();
    await other.destroy();
  });

  const schemaOf = async (handle: DatabaseHandle) =>
    (await sql<{ name: string }>`select current_schema() as name`.execute(handle.db)).rows[0]?.name;

  it('lists the tables of the current schema only, as Kysely’s introspector lists them there', async () => {
    const target = targetOf(ours);
    if (target.kind !== 'postgres') throw new Error('a PostgreSQL database');
    const kyselys = new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url }) }),
    });
    try {
      const schema = await schemaOf(ours);
      for (const withInternalKyselyTables of [false, true]) {
        const all = await kyselys.introspection.getTables({ withInternalKyselyTables });
        const mine = await ours.db.introspection.getTables({ withInternalKyselyTables });
        expect(mine).toEqual(all.filter((table) => table.schema === schema));
        expect(mine.some((table) => table.name === 'kpis')).toBe(true);
        expect(mine.some((table) => table.name === 'kysely_migration')).toBe(
          withInternalKyselyTables,
        );
      }
      // The other schema's tables are there to be seen, by Kysely's introspector only.
      const all = await kyselys.introspection.getTables();
      expect(all.some((table) => table.name === 'only_in_other')).toBe(true);
      const mine = await ours.db.introspection.getTables();
      expect(mine.some((table) => table.name === 'only_in_other')).toBe(false);
    } finally {
      await kyselys.destroy();
    }
  });

  it('names every schema, ours and the other', async () => {
    const names = (await ours.db.introspection.getSchemas()).map((schema) => schema.name);
    expect(names).toEqual(expect.arrayContaining([await schemaOf(ours), await schemaOf(other)]));
  });
});
