import { expect, it } from 'vitest';
import { decimal } from '../../src/domain/decimal.ts';
import { figureOf } from '../../src/domain/figure.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { ConflictError, NotFoundError } from '../../src/db/errors.ts';
import { saveNarrative, saveYearFigure } from '../../src/db/figure-repository.ts';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { findKpiId, loadPlan } from '../../src/db/plan-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import { forEachDatabase } from '../support/databases.ts';
import { uniqueMunicipalityCode } from '../support/plan-edits.ts';
import { yuzawaPlan } from '../support/yuzawa-plan.ts';

const R5 = fiscalYear(2023);
const R6 = fiscalYear(2024);

forEachDatabase((_kind, getDb) => {
  /** A saved Yuzawa plan and the id of one of its KPIs. */
  async function savedKpi(code: string) {
    const db = getDb();
    const city = await ensureMunicipality(db, { code: uniqueMunicipalityCode(), name: '湯沢市' });
    const { planId } = await db
      .transaction()
      .execute((trx) => savePlan(trx, city.id, yuzawaPlan(), { now: new Date().toISOString() }));
    const kpiId = await findKpiId(db, planId, code);
    if (kpiId === undefined) throw new Error(`no KPI ${code}`);
    return { planId, kpiId };
  }

  it('saves a new figure at version 1 and an edit of it at version 2', async () => {
    const { kpiId } = await savedKpi('⑯');
    const slot = { kpiId, fiscalYear: R6, department: null, now: new Date().toISOString() };
    const first = await saveYearFigure(getDb(), {
      ...slot,
      figure: figureOf(decimal('8.30')),
      expectedVersion: 0,
    });
    expect(first).toMatchObject({ version: 1, state: 'draft', figure: { value: '8.30' } });
    const second = await saveYearFigure(getDb(), {
      ...slot,
      figure: figureOf(decimal('8.25')),
      expectedVersion: 1,
      state: 'submitted',
    });
    expect(second).toMatchObject({
      id: first.id,
      version: 2,
      state: 'submitted',
      figure: { value: '8.25' },
    });
  });

  it('refuses a save against an old version and keeps the figure saved first', async () => {
    const { kpiId, planId } = await savedKpi('⑰');
    const slot = { kpiId, fiscalYear: R5, department: '総務課', now: new Date().toISOString() };
    // Two editors read 総務課's R5 figure "1" at version 1; the first one saves.
    await saveYearFigure(getDb(), { ...slot, figure: figureOf(decimal('2')), expectedVersion: 1 });
    const late = saveYearFigure(getDb(), {
      ...slot,
      figure: figureOf(decimal('3')),
      expectedVersion: 1,
    });
    await expect(late).rejects.toThrow(ConflictError);
    await expect(late).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    const plan = await loadPlan(getDb(), planId);
    const kpi17 = plan.policies[3]?.themes[0]?.kpis[0];
    expect(kpi17?.departmentActuals[0]).toMatchObject({ department: '総務課' });
    expect(kpi17?.departmentActuals[0]?.actuals[2]?.figure.value).toBe('2');
  });

  it('refuses to create a figure someone else created first', async () => {
    const { kpiId } = await savedKpi('④');
    const slot = { kpiId, fiscalYear: R5, department: null, now: new Date().toISOString() };
    await expect(
      saveYearFigure(getDb(), { ...slot, figure: figureOf(decimal('40.1')), expectedVersion: 0 }),
    ).rejects.toThrow(/version 1, not 0/);
  });

  it('refuses a department the KPI does not involve, and an unknown KPI', async () => {
    const { kpiId } = await savedKpi('④');
    const figure = figureOf(decimal('1'));
    await expect(
      saveYearFigure(getDb(), {
        kpiId,
        fiscalYear: R6,
        department: '財政課',
        figure,
        expectedVersion: 0,
        now: new Date().toISOString(),
      }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      saveYearFigure(getDb(), {
        kpiId: 999999,
        fiscalYear: R6,
        department: null,
        figure,
        expectedVersion: 0,
        now: new Date().toISOString(),
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it('versions narratives per department the same way', async () => {
    const { kpiId } = await savedKpi('⑰');
    const slot = { kpiId, fiscalYear: R5, department: '情報政策課', now: new Date().toISOString() };
    const saved = await saveNarrative(getDb(), {
      ...slot,
      text: '見直しを完了した。',
      expectedVersion: 1,
    });
    expect(saved).toMatchObject({
      version: 2,
      text: '見直しを完了した。',
      department: '情報政策課',
    });
    await expect(
      saveNarrative(getDb(), { ...slot, text: '上書き', expectedVersion: 1 }),
    ).rejects.toThrow(ConflictError);
  });

  it('gives a KPI history: every figure with state and version, the KPI rows first', async () => {
    const { kpiId } = await savedKpi('⑱');
    const history = await getKpiHistory(getDb(), kpiId);
    expect(
      history.figures.map((f) => `${f.series} ${f.department ?? '-'} ${f.fiscalYear}`),
    ).toEqual([
      'actual 上下水道課 2021',
      'actual 上下水道課 2022',
      'actual 上下水道課 2023',
      'actual 情報政策課 2021',
      'actual 情報政策課 2022',
      'actual 情報政策課 2023',
      'actual 総務課 2021',
      'actual 総務課 2022',
      'actual 総務課 2023',
      'cumulative - 2021',
      'cumulative - 2022',
      'cumulative - 2023',
    ]);
    expect(history.figures[0]).toMatchObject({
      figure: { value: null, secondary: '1' },
      state: 'approved',
      version: 1,
    });
    expect(history.narratives).toHaveLength(1);
  });
});
