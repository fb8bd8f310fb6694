import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { findPlanByName, listPlans, loadPlan, planActivity } from '../../src/db/plan-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import { forEachDatabase } from '../support/databases.ts';
import { editKpi, uniqueMunicipalityCode } from '../support/plan-edits.ts';
import { figure, yuzawaPlan } from '../support/yuzawa-plan.ts';
import type { Plan } from '../../src/domain/model.ts';
import { planKpis } from '../../src/domain/model.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.ts';

forEachDatabase((_kind, getDb) => {
  async function newCity(db: Kysely<Database>) {
    return ensureMunicipality(db, { code: uniqueMunicipalityCode(), name: '湯沢市' });
  }
  const save = (cityId: number, plan: Plan) =>
    getDb()
      .transaction()
      .execute((trx) => savePlan(trx, cityId, plan, { now: new Date().toISOString() }));
  /** Rows of a table that belong to one plan (departments: to its municipality). */
  const count = async (
    planId: number,
    table: 'kpis' | 'year_figures' | 'narratives' | 'departments',
  ): Promise<number> => {
    const db = getDb();
    const n = db.fn.countAll().as('n');
    const row =
      table === 'kpis'
        ? await db.selectFrom('kpis').where('plan_id', '=', planId).select(n).executeTakeFirst()
        : table === 'departments'
          ? await db
              .selectFrom('departments')
              .innerJoin('plans', 'plans.municipality_id', 'departments.municipality_id')
              .where('plans.id', '=', planId)
              .select(n)
              .executeTakeFirst()
          : await db
              .selectFrom(table)
              .innerJoin('kpis', 'kpis.id', `${table}.kpi_id`)
              .where('kpis.plan_id', '=', planId)
              .select(n)
              .executeTakeFirst();
    return Number(row?.n);
  };
  const counts = (planId: number) =>
    Promise.all(
      (['kpis', 'year_figures', 'narratives', 'departments'] as const).map((t) => count(planId, t)),
    );

  it('gives back the plan it was given: decimals, secondary figures, departments, narratives', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    expect(await loadPlan(getDb(), planId)).toEqual(yuzawaPlan());
    const stored = await sql<{ value: string }>`select value from year_figures
      join kpis on kpis.id = year_figures.kpi_id
      where kpis.plan_id = ${planId} and value in ('8.39', '34.0')`.execute(getDb());
    expect(stored.rows.map((r) => r.value)).toContain('8.39');
  });

  it('counts a plan’s KPIs and lists its years with figures without loading it', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    const plan = await loadPlan(getDb(), planId);
    const years = new Set(
      plan.policies
        .flatMap((p) =>
          p.themes.flatMap((t) =>
            t.kpis.flatMap((k) => [
              ...k.actuals,
              ...k.cumulativeActuals,
              ...k.departmentActuals.flatMap((d) => d.actuals),
              ...k.narratives,
            ]),
          ),
        )
        .map((f) => f.fiscalYear),
    );
    expect(await planActivity(getDb(), planId)).toEqual({
      kpis: plan.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis)).length,
      fiscalYears: [...years].sort((a, b) => a - b),
    });
  });

  it('finds and lists plans by municipality', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    const summary = {
      id: planId,
      municipalityId: city.id,
      name: '湯沢市行財政改革大綱実施計画',
      startYear: fiscalYear(2019),
      endYear: fiscalYear(2026),
    };
    expect(await findPlanByName(getDb(), city.id, summary.name)).toEqual(summary);
    expect(await findPlanByName(getDb(), city.id, 'other')).toBeUndefined();
    expect(await listPlans(getDb(), city.id)).toEqual([summary]);
  });

  it('reports a first save as the plan and its KPIs added', async () => {
    const city = await newCity(getDb());
    const result = await save(city.id, yuzawaPlan());
    expect(result.added).toEqual([
      'plan 湯沢市行財政改革大綱実施計画 added',
      ...['④', '⑨', '⑩', '⑯', '⑰', '⑱'].map((code) => `KPI ${code} added`),
    ]);
    expect(result.changed).toEqual([]);
  });

  it('changes and duplicates nothing when the same plan is saved again', async () => {
    const city = await newCity(getDb());
    const first = await save(city.id, yuzawaPlan());
    const before = await counts(first.planId);
    expect(before.every((n) => n > 0)).toBe(true);
    const again = await save(city.id, yuzawaPlan());
    expect(again).toEqual({ planId: first.planId, added: [], changed: [] });
    expect(await counts(first.planId)).toEqual(before);
    const versions = await getDb()
      .selectFrom('year_figures')
      .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
      .where('kpis.plan_id', '=', first.planId)
      .select('year_figures.version')
      .distinct()
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('reports a changed figure, bumps its version and keeps what the new table leaves out', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    const r5 = fiscalYear(2023);
    const r6 = fiscalYear(2024);
    const next = editKpi(yuzawaPlan(), '⑩', (kpi) => ({
      ...kpi,
      // The R6 table prints only R6; R3–R5 stay as stored.
      actuals: [
        { fiscalYear: r5, figure: figure('1') },
        { fiscalYear: r6, figure: figure('2') },
      ],
      cumulativeActuals: [],
      narratives: [],
    }));
    const result = await save(city.id, next);
    expect(result.changed).toEqual(['⑩ R5 actual 0 → 1']);
    expect(result.added).toEqual(['⑩ R6 actual 2']);
    const loaded = await loadPlan(getDb(), planId);
    const kpi10 = loaded.policies[1]?.themes[1]?.kpis[0];
    expect(kpi10?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2021, '0'],
      [2022, '0'],
      [2023, '1'],
      [2024, '2'],
    ]);
    expect(kpi10?.cumulativeActuals).toHaveLength(3);
    const changed = await getDb()
      .selectFrom('year_figures')
      .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
      .select(['year_figures.version', 'year_figures.fiscal_year'])
      .where('kpis.plan_id', '=', planId)
      .where('kpis.code', '=', '⑩')
      .where('series', '=', 'actual')
      .orderBy('fiscal_year')
      .execute();
    expect(changed.map((r) => r.version)).toEqual([1, 1, 2, 1]);
  });

  it('keeps ⑱’s 合計 label when a table without its total row is saved, and changes it with one', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    const label = async () =>
      planKpis(await loadPlan(getDb(), planId)).find((k) => k.code === '⑱')?.cumulativeLabel;
    expect(await label()).toBe('合計');
    const withoutRow = editKpi(yuzawaPlan(), '⑱', (kpi) => ({
      ...kpi,
      cumulativeActuals: [],
      cumulativeLabel: '累計',
    }));
    expect((await save(city.id, withoutRow)).changed).toEqual([]);
    expect(await label()).toBe('合計');
    const relabelled = editKpi(yuzawaPlan(), '⑱', (kpi) => ({ ...kpi, cumulativeLabel: '累計' }));
    expect((await save(city.id, relabelled)).changed).toEqual(['⑱ cumulative label 合計 → 累計']);
    expect(await label()).toBe('累計');
  });

  it('adds a new KPI without touching the others', async () => {
    const city = await newCity(getDb());
    const { planId } = await save(city.id, yuzawaPlan());
    const plan = yuzawaPlan();
    const policy4 = plan.policies[3];
    const theme10 = policy4?.themes[0];
    if (!policy4 || !theme10) throw new Error('fixture changed');
    const kpi21 = {
      ...theme10.kpis[0]!,
      code: '㉑',
      title: '防災訓練の実施回数',
      departmentActuals: [],
      cumulativeActuals: [],
      narratives: [],
    };
    const extended: Plan = {
      ...plan,
      policies: [
        ...plan.policies.slice(0, 3),
        { ...policy4, themes: [{ ...theme10, kpis: [...theme10.kpis, kpi21] }] },
      ],
    };
    const result = await save(city.id, extended);
    expect(result).toEqual({ planId, added: ['KPI ㉑ added'], changed: [] });
    expect(await loadPlan(getDb(), planId)).toEqual(extended);
  });
});
