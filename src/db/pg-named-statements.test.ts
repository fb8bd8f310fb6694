import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable, TEST_DATABASE_URL } from '../../test/support/databases.ts';
import { namingClient, statementNames } from './pg-named-statements.ts';

describe('statement names', () => {
  it('gives one name per SQL text with parameters, the same each time', () => {
    const names = statementNames();
    const a = names.nameOf('select $1::int', 1);
    expect(a).toMatch(/^mieruka_\d+$/);
    expect(names.nameOf('select $1::int', 1)).toBe(a);
    expect(names.nameOf('select $1::text', 1)).not.toBe(a);
    expect(names.size).toBe(2);
  });

  it('leaves statements without parameters unnamed (BEGIN, COMMIT, DDL)', () => {
    const names = statementNames();
    expect(names.nameOf('begin', 0)).toBeUndefined();
    expect(names.size).toBe(0);
  });

  it('names no more than its capacity: the texts past it go unnamed, the named keep theirs', () => {
    const names = statementNames(2);
    const first = names.nameOf('select $1 as a', 1);
    names.nameOf('select $1 as b', 1);
    expect(names.nameOf('select $1 as c', 1)).toBeUndefined();
    expect(names.nameOf('select $1 as a', 1)).toBe(first);
    expect(names.size).toBe(2);
  });
});

describe.skipIf(databaseUnavailable('postgres'))('a pool of naming clients on PostgreSQL', () => {
  it('prepares each statement once per connection and answers as an unnamed one would', async () => {
    const names = statementNames();
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      max: 1,
      Client: namingClient(names),
    });
    try {
      const text = 'select $1::int + $2::int as sum';
      for (const n of [1, 2, 3]) {
        const { rows } = await pool.query(text, [n, 10]);
        expect(rows).toEqual([{ sum: n + 10 }]);
      }
      const { rows } = await pool.query<{ count: string }>(
        'select count(*) as count from pg_prepared_statements where name = $1',
        [names.nameOf(text, 2)],
      );
      expect(rows).toEqual([{ count: '1' }]);
      // Without parameters: sent unnamed, so nothing is prepared for it.
      expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      expect(names.size).toBe(2);
    } finally {
      await pool.end();
    }
  });
});
