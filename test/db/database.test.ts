import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

describe('createDatabase on SQLite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mieruka-db-'));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('creates the missing folder and opens the file in WAL mode with foreign keys on', async () => {
    const file = join(folder, 'nested', 'data', 'mieruka.db');
    const { db, kind, destroy } = createDatabase({ kind: 'sqlite', file });
    try {
      expect(kind).toBe('sqlite');
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(keys.rows[0]?.foreign_keys).toBe(1);
      expect(existsSync(file)).toBe(true);
    } finally {
      await destroy();
    }
  });

  it('syncs every commit (synchronous=FULL) on every connection, a reopened database too', async () => {
    const file = join(folder, 'reopened.db');
    const first = createDatabase({ kind: 'sqlite', file });
    try {
      await migrateToLatest(first);
    } finally {
      await first.destroy();
    }
    // As `mieruka serve` opens it on its next start.
    const again = await openDatabase({ kind: 'sqlite', file });
    try {
      const mode = await sql<{ synchronous: number }>`pragma synchronous`.execute(again.db);
      expect(mode.rows[0]?.synchronous).toBe(2);
    } finally {
      await again.destroy();
    }
  });
});
