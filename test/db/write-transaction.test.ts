import { expect, it } from 'vitest';
import { DuplicateError } from '../../src/db/errors.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { writeTransaction } from '../../src/db/write-transaction.ts';
import { forEachDatabase } from '../support/databases.ts';
import { uniqueMunicipalityCode } from '../support/plan-edits.ts';

/** Resolves for everyone once `parties` have arrived. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived += 1;
    if (arrived === parties) open();
    await opened;
  };
}

forEachDatabase((kind, getDb, getHandle) => {
  it('turns a unique key taken by another writer into a DuplicateError naming the field', async () => {
    const city = await ensureMunicipality(getDb(), { code: uniqueMunicipalityCode(), name: '市' });
    const insert = () =>
      writeTransaction(getHandle(), (trx) =>
        trx
          .insertInto('departments')
          .values({ municipality_id: city.id, name: '総務課' })
          .execute(),
      );
    await insert();
    await expect(insert()).rejects.toThrow(DuplicateError);
    await expect(insert()).rejects.toMatchObject({ field: 'department' });
    await expect(
      writeTransaction(
        getHandle(),
        (trx) =>
          trx
            .insertInto('departments')
            .values({ municipality_id: city.id, name: '総務課' })
            .execute(),
        { uniqueFields: { departments: 'departments.0' } },
      ),
    ).rejects.toMatchObject({ field: 'departments.0' });
  });

  // SQLite has one writer at a time: it cannot deadlock, so the case is PostgreSQL's alone.
  if (kind === 'postgres') {
    it('runs a transaction PostgreSQL aborted as a deadlock again, and both writers succeed', async () => {
      const a = await ensureMunicipality(getDb(), { code: uniqueMunicipalityCode(), name: 'A' });
      const b = await ensureMunicipality(getDb(), { code: uniqueMunicipalityCode(), name: 'B' });
      const bothHoldOneRow = barrier(2);
      let runs = 0;
      const crosswise = (first: number, second: number, name: string) => {
        let attempt = 0;
        return writeTransaction(getHandle(), async (trx) => {
          runs += 1;
          attempt += 1;
          const rename = (id: number) =>
            trx.updateTable('municipalities').set({ name }).where('id', '=', id).execute();
          await rename(first);
          if (attempt === 1) await bothHoldOneRow();
          await rename(second);
        });
      };
      await Promise.all([crosswise(a.id, b.id, 'first'), crosswise(b.id, a.id, 'second')]);
      expect(runs).toBe(3);
      const names = await getDb()
        .selectFrom('municipalities')
        .select('name')
        .where('id', 'in', [a.id, b.id])
        .execute();
      expect(new Set(names.map((n) => n.name)).size).toBe(1);
    });
  }
});
