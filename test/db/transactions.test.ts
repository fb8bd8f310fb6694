import { expect, it } from 'vitest';
import type { Kpi } from '../../src/domain/model.ts';
import { InvalidPlanError } from '../../src/db/errors.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { findPlanByName } from '../../src/db/plan-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import { exportSnapshot } from '../../src/db/snapshot.ts';
import { forEachDatabase } from '../support/databases.ts';
import { editKpi, uniqueMunicipalityCode } from '../support/plan-edits.ts';
import { figure, years, yuzawaPlan } from '../support/yuzawa-plan.ts';

/**
 * An importer bug: ⑱'s 総務課 row read twice. The tree and the KPIs are written before the
 * figures, so the save is refused part-way, at the second row.
 */
const brokenAfterTheTree = (kpi: Kpi): Kpi => ({
  ...kpi,
  title: '業務継続計画の策定件数',
  departmentActuals: [
    ...kpi.departmentActuals,
    { department: '総務課', actuals: years(figure('9'), figure('9'), figure('9')) },
  ],
});

forEachDatabase((_kind, getDb) => {
  it('leaves the database as it was when a save fails part-way', async () => {
    const db = getDb();
    const city = await ensureMunicipality(db, { code: uniqueMunicipalityCode(), name: '湯沢市' });
    await db
      .transaction()
      .execute((trx) => savePlan(trx, city.id, yuzawaPlan(), { now: new Date().toISOString() }));
    const before = await exportSnapshot(db);
    const broken = editKpi(yuzawaPlan(), '⑱', brokenAfterTheTree);
    await expect(
      db
        .transaction()
        .execute((trx) => savePlan(trx, city.id, broken, { now: new Date().toISOString() })),
    ).rejects.toThrow(InvalidPlanError);
    expect(await exportSnapshot(db)).toEqual(before);
  });

  it('leaves no plan behind when a first import fails part-way', async () => {
    const db = getDb();
    const city = await ensureMunicipality(db, { code: uniqueMunicipalityCode(), name: '湯沢市' });
    const before = await exportSnapshot(db);
    const broken = editKpi(yuzawaPlan(), '⑱', brokenAfterTheTree);
    await expect(
      db
        .transaction()
        .execute((trx) => savePlan(trx, city.id, broken, { now: new Date().toISOString() })),
    ).rejects.toThrow(InvalidPlanError);
    expect(await findPlanByName(db, city.id, broken.name)).toBeUndefined();
    expect(await exportSnapshot(db)).toEqual(before);
  });

  it('rolls back a whole save when the caller fails after it', async () => {
    const db = getDb();
    const city = await ensureMunicipality(db, { code: uniqueMunicipalityCode(), name: '湯沢市' });
    const before = await exportSnapshot(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await savePlan(trx, city.id, yuzawaPlan(), { now: new Date().toISOString() });
        throw new Error('the import crashed after saving');
      }),
    ).rejects.toThrow('the import crashed');
    expect(await exportSnapshot(db)).toEqual(before);
  });
});
