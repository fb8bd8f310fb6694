import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('the statement cache', () => {
  it('prepares a statement once per SQL and answers each query with its own parameters', () => {
    const raw = new SQLite(':memory:');
    let prepared = 0;
    const counting = {
      close: () => raw.close(),
      prepare: (sql: string) => {
        prepared += 1;
        return raw.prepare(sql);
      },
    };
    const db = withStatementCache(counting, 2);
    db.prepare('create table t (n integer)').run([]);
    const insert = 'insert into t (n) values (?)';
    for (const n of [1, 2, 3]) db.prepare(insert).run([n]);
    const select = 'select n from t where n >= ? order by n';
    expect(db.prepare(select).all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare(select).all([3])).toEqual([{ n: 3 }]);
    expect(prepared).toBe(3);
    // Past its capacity the least recently used goes: the create, kept last used first.
    expect(db.cached).toBe(2);
    db.prepare(insert).run([4]);
    expect(prepared).toBe(3);
    db.prepare('create table u (n integer)').run([]);
    expect(prepared).toBe(4);
    db.prepare(select).all([0]);
    expect(prepared).toBe(5);
    db.close();
    expect(raw.open).toBe(false);
  });
});
