import { afterAll, beforeAll, expect, it } from 'vitest';
import { SnapshotError } from '../../src/db/errors.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import type { Snapshot } from '../../src/db/snapshot-schema.ts';
import { exportSnapshot, importSnapshot } from '../../src/db/snapshot.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createTestDatabase, forEachDatabase } from '../support/databases.ts';
import { yuzawaPlan } from '../support/yuzawa-plan.ts';

/*
 * A snapshot that passes the format check but holds a value the domain refuses is refused
 * before anything is written, naming table, row and column, on both databases.
 */

let source: DatabaseHandle;
let snapshot: Snapshot;

beforeAll(async () => {
  source = await createTestDatabase('sqlite');
  const city = await ensureMunicipality(source.db, { code: '052078', name: '湯沢市' });
  await source.db
    .transaction()
    .execute((trx) => savePlan(trx, city.id, yuzawaPlan(), { now: new Date().toISOString() }));
  snapshot = await exportSnapshot(source.db);
});
afterAll(async () => source.destroy());

/** The snapshot as JSON with one row's column set to a value (or a column or table added). */
function changed(edit: (tables: Record<string, Record<string, unknown>[]>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(snapshot)) as {
    tables: Record<string, Record<string, unknown>[]>;
  };
  edit(copy.tables);
  return copy;
}

const set = (table: string, index: number, column: string, value: unknown) =>
  changed((tables) => {
    const row = tables[table]?.[index];
    if (!row) throw new Error(`no row ${index} in ${table}`);
    row[column] = value;
  });

forEachDatabase((_kind, getDb, getHandle) => {
  const refused = async (input: unknown, message: string) => {
    const restoring = importSnapshot(getHandle(), input);
    await expect(restoring).rejects.toBeInstanceOf(SnapshotError);
    await expect(restoring).rejects.toThrow(message);
    const plans = await getDb().selectFrom('plans').select('id').execute();
    expect(plans).toEqual([]);
  };

  it('refuses a fiscal year 99999', async () => {
    await refused(
      set('year_figures', 2, 'fiscal_year', 99999),
      'table year_figures, row 3, column fiscal_year: not a fiscal year (1989–2200): 99999',
    );
  });
  it('refuses a rate precision "garbage" and broken JSON in a JSON column', async () => {
    await refused(
      set('plans', 0, 'rate_precision', 'garbage'),
      'table plans, row 1, column rate_precision: not a rate precision: "garbage"',
    );
    await refused(
      set('kpis', 4, 'extras', '[{"label":'),
      'table kpis, row 5, column extras: not a JSON list of kept columns',
    );
  });
  it('refuses a figure "abc" and one of 800,000 digits', async () => {
    await refused(
      set('year_figures', 0, 'value', 'abc'),
      'table year_figures, row 1, column value: not a figure as stored',
    );
    await refused(
      set('kpis', 1, 'target_value', '9'.repeat(800_000)),
      'table kpis, row 2, column target_value: not a figure as stored',
    );
  });
  it('refuses a NUL or a lone surrogate in any text', async () => {
    await refused(
      set('kpis', 0, 'title', 'a\u0000b'),
      'table kpis, row 1, column title: a NUL character (U+0000) is not allowed',
    );
    await refused(
      set('narratives', 0, 'text', 'x\ud800'),
      'table narratives, row 1, column text: a lone surrogate (U+D800) is not allowed',
    );
  });
  it('refuses what the API refuses: a 1 MB narrative, an empty KPI code, version -1', async () => {
    await refused(
      set('narratives', 0, 'text', 'あ'.repeat(1_000_000)),
      'table narratives, row 1, column text: longer than 4000 characters (1000000)',
    );
    await refused(set('kpis', 2, 'code', ''), 'table kpis, row 3, column code: empty');
    await refused(
      set('kpis', 0, 'version', -1),
      'table kpis, row 1, column version: not a version (a whole number from 1): -1',
    );
  });
  it('refuses a malformed password hash and a moment that is not one', async () => {
    const municipalityId = snapshot.tables.municipalities[0]?.id;
    const account = {
      id: 1,
      municipality_id: municipalityId,
      email: 'soumu@example.jp',
      display_name: '総務課',
      role: 'viewer',
      password_hash: 'hunter2',
      disabled: 0,
      created_at: '2025-04-01T00:00:00.000Z',
      version: 1,
    };
    await refused(
      changed((tables) => {
        tables.accounts = [account];
      }),
      'table accounts, row 1, column password_hash: not a password hash as stored',
    );
    await refused(
      set('year_figures', 1, 'updated_at', 'last Tuesday'),
      'table year_figures, row 2, column updated_at: not a moment as stored (2025-04-01T09:00:00.000Z): "last Tuesday"',
    );
  });
  it('names the table and row of a broken reference or a repeated key', async () => {
    await refused(
      set('kpis', 0, 'theme_id', 999_999),
      'table kpis, row 1, column theme_id: refers to theme_programs id 999999, which the snapshot does not hold',
    );
    const [first] = snapshot.tables.kpis;
    await refused(
      set('kpis', 1, 'code', first?.code),
      `table kpis, row 2: the same plan_id, code (${String(first?.plan_id)}, ${String(first?.code)}) as row 1`,
    );
    await refused(
      set('narratives', 1, 'id', snapshot.tables.narratives[0]?.id),
      `table narratives, row 2: the same id (${String(snapshot.tables.narratives[0]?.id)}) as row 1`,
    );
  });
  it('refuses an unknown table or column instead of dropping it', async () => {
    await refused(
      changed((tables) => {
        tables.kpi_notes = [];
      }),
      'not a Mieruka snapshot: unknown table kpi_notes',
    );
    await refused(set('kpis', 0, 'owner', 'x'), 'table kpis, row 1, column owner: unknown column');
  });
});
