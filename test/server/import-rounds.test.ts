import { readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { findKpiId } from '../../src/db/plan-repository.ts';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import { findRound, listEntries } from '../../src/db/round-repository.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { enterFigure } from '../../src/services/figure-entry.ts';
import { importReport } from '../../src/services/import-report.ts';
import { closeRound, openRound, transitionEntries } from '../../src/services/rounds.ts';
import { forEachDatabase } from '../support/databases.ts';
import { demoPlan, freshPlan } from '../support/fresh-plan.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const R5 = fiscalYear(2023);
const published = readFileSync(SAMPLE);
/** The same table with ① R5 corrected from 1 to 2 (100%). */
const corrected = Buffer.from(
  published.toString('utf8').replace('\t2\t1\t1\t2\t50%\t', '\t2\t1\t2\t2\t100%\t'),
);

/*
 * Imports meet the collection round (issue 12): a closed round locks its year for imports
 * too, and an entry whose row the import fills with the published figures is approved.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let planName: string;
  let planId: number;
  let count = 0;

  beforeEach(async () => {
    expect(corrected.equals(published)).toBe(false);
    const city = await ensureMunicipality(getDb(), DEFAULT_MUNICIPALITY);
    count += 1;
    planName = `${DEMO_PLAN_NAME}-rounds-${count}`;
    planId = await freshPlan(getDb(), city, { plan: { ...(await demoPlan()), name: planName } });
    await openRound(
      getHandle(),
      { planId, fiscalYear: R5, dueDate: '2099-05-31' },
      SYSTEM,
      new Date(),
    );
  });

  // Each import its own copy: the reader's worker takes the bytes it is given.
  const load = (bytes: Buffer, overwrite = false) =>
    importReport(
      getHandle(),
      {
        file: 'yuzawa.tsv',
        bytes: new Uint8Array(bytes),
        planName,
        municipality: DEFAULT_MUNICIPALITY,
        overwrite,
      },
      SYSTEM,
      new Date(),
    );
  const firstR5 = async () => {
    const history = await getKpiHistory(getDb(), (await findKpiId(getDb(), planId, '①')) ?? 0);
    return history.figures.find(
      (f) => f.series === 'actual' && f.fiscalYear === R5 && f.department === null,
    );
  };
  const entryOfFirst = async () => {
    const round = await findRound(getDb(), planId, R5);
    const [entry] = await listEntries(getDb(), round?.id ?? 0, { code: '①' });
    return entry;
  };

  it('refuses to change a year whose round is closed, and takes the same file again', async () => {
    await closeRound(getHandle(), { planId, fiscalYear: R5 }, SYSTEM, new Date());
    const before = await firstR5();
    await expect(load(corrected)).rejects.toThrow(/令和5年度の照会は締め切られています/);
    await expect(load(corrected, true)).rejects.toThrow(/closed/);
    expect(await firstR5()).toEqual(before);
    const again = await load(published);
    expect(again.changed).toEqual([]);
  });

  it('approves a reopened entry whose row the import fills with the published figure', async () => {
    const reopen = { kind: 'reopen', reason: '訂正のため' } as const;
    await transitionEntries(
      getHandle(),
      {
        planId,
        fiscalYear: R5,
        action: reopen,
        entries: [{ code: '①', department: 'まちづくり協働課' }],
      },
      SYSTEM,
      new Date(),
    );
    const version = (await firstR5())?.version ?? 0;
    await enterFigure(
      getHandle(),
      { planId, code: '①', fiscalYear: R5, department: null, value: '5', expectedVersion: version },
      SYSTEM,
      new Date(),
    );
    expect(await entryOfFirst()).toMatchObject({ state: 'draft', reopened: true });
    // Without --overwrite the draft stands in the way; with it, the report's figure wins.
    await expect(load(corrected)).rejects.toThrow();
    const result = await load(corrected, true);
    expect(result.overwritten.join(' ')).toMatch(/①/);
    expect(await firstR5()).toMatchObject({ state: 'approved', figure: { value: '2' } });
    expect(await entryOfFirst()).toMatchObject({ state: 'approved', reopened: false });
    const logged = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'kpi_code', 'old_value', 'new_value'])
      .where('plan_id', '=', planId)
      .where('action', '=', 'entry.import')
      .execute();
    expect(logged).toEqual([
      { action: 'entry.import', kpi_code: '①', old_value: 'draft', new_value: 'approved' },
    ]);
  });
});
