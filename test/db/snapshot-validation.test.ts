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
  await source.db.transaction().execute((trx) => savePlan(trx, city.id, yuzawaPlan()));
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
