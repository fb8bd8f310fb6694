import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KpiDetailView, PlanSummaryView } from '../../src/domain/api-contract.ts';
import { findMunicipalityByCode } from '../../src/db/municipality-repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import { importReport } from '../../src/services/import-report.ts';
import { forEachDatabase } from '../support/databases.ts';
import { uniqueMunicipalityCode } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { memberSession, sessionFor } from '../support/sessions.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);
const OTHER_CITY = { code: '999999', name: '他市' };
const code = encodeURIComponent('⑦');

/*
 * Each municipality keeps its data to itself: another city's plan is not there (404) for
 * anyone outside it until a year of it is published, and then only the published years show.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let ownPlan: number;
  let otherPlan: number;
  let yuzawaAdmin: SessionHeaders;
  let otherAdmin: SessionHeaders;
  let otherViewer: SessionHeaders;

  beforeAll(async () => {
    await seedDemo(getHandle(), new Date());
    const imported = await importReport(
      getHandle(),
      {
        file: 'other.tsv',
        bytes: readFileSync(SAMPLE),
        planName: '他市行革計画',
        municipality: OTHER_CITY,
        createPlan: true,
        publish: false,
      },
      SYSTEM,
      new Date(),
    );
    otherPlan = imported.planId;
    app = await buildApp(getHandle());
    const plans = (await app.inject({ method: 'GET', url: '/api/plans' })).json<
      PlanSummaryView[]
    >();
    ownPlan = plans.find((p) => p.name === DEMO_PLAN_NAME)?.id ?? 0;
    yuzawaAdmin = await sessionFor(app, getHandle(), { role: 'admin' });
    otherAdmin = await sessionFor(app, getHandle(), { role: 'admin', municipality: OTHER_CITY });
    otherViewer = await sessionFor(app, getHandle(), { role: 'viewer', municipality: OTHER_CITY });
  });
  afterAll(async () => app.close());

  /** Another city of its own importing its plan unpublished, and that city's admin. */
  const anotherCity = async () => {
    const city = { code: uniqueMunicipalityCode(), name: '他市' };
    const { planId } = await importReport(
      getHandle(),
      {
        file: 'other.tsv',
        bytes: readFileSync(SAMPLE),
        planName: '他市行革計画',
        municipality: city,
        createPlan: true,
        publish: false,
      },
      SYSTEM,
      new Date(),
    );
    const municipality = await findMunicipalityByCode(getHandle().db, city.code);
    if (!municipality) throw new Error(`${city.code} was not created by its import`);
    const member = async (role: 'admin' | 'viewer') =>
      (await memberSession(getHandle(), municipality, { role })).headers;
    return { planId, admin: await member('admin'), viewer: await member('viewer') };
  };

  const readRoutes = (planId: number) => [
    `/api/plans/${planId}`,
    `/api/plans/${planId}/tree`,
    `/api/plans/${planId}/report`,
    `/api/plans/${planId}/report?fy=R5`,
    `/api/plans/${planId}/kpis/${code}`,
    `/api/plans/${planId}/publications`,
  ];
  const get = (url: string, headers: Partial<SessionHeaders> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...headers } });

  it('answers every read route of another municipality’s unpublished plan with 404', async () => {
    for (const url of readRoutes(otherPlan)) {
      expect([url, (await get(url, yuzawaAdmin)).statusCode]).toEqual([url, 404]);
      expect([url, (await get(url)).statusCode]).toEqual([url, 404]);
      expect([url, (await get(url, otherViewer)).statusCode]).toEqual([url, 200]);
    }
    const listed = (await get('/api/plans', yuzawaAdmin)).json<PlanSummaryView[]>();
    expect(listed.map((p) => p.id)).not.toContain(otherPlan);
    const theirs = (await get('/api/plans', otherViewer)).json<PlanSummaryView[]>();
    expect(theirs.map((p) => p.id)).toContain(otherPlan);
  });

  it('answers changes to another municipality’s plan with 404, even from its published plan', async () => {
    const attempts = [
      { method: 'PATCH', url: `/api/plans/${ownPlan}`, payload: { endYear: 'R9', version: 1 } },
      {
        method: 'PUT',
        url: `/api/plans/${ownPlan}/kpis/${code}/narratives/R5`,
        payload: { text: '他市から', department: null, version: 1 },
      },
      {
        method: 'PUT',
        url: `/api/plans/${ownPlan}/publications/R5`,
        payload: { published: false, reason: '集計の誤りを確認するため' },
      },
    ] as const;
    for (const attempt of attempts) {
      const response = await app.inject({ ...attempt, headers: { ...otherAdmin } });
      expect([attempt.url, response.statusCode]).toEqual([attempt.url, 404]);
    }
  });

  it('shows visitors the published years only, and follows a publication at once', async () => {
    // A plan of its own to publish and withdraw, so no other test reads what this one changes.
    const other = await anotherCity();
    const otherPlan = other.planId;
    const publish = (fy: string, published: boolean) =>
      app.inject({
        method: 'PUT',
        url: `/api/plans/${otherPlan}/publications/${fy}`,
        headers: { ...other.admin },
        payload: published ? { published } : { published, reason: '誤って公開したため' },
      });
    expect((await publish('R4', true)).statusCode).toBe(200);
    const summary = (await get(`/api/plans/${otherPlan}`)).json<PlanSummaryView>();
    expect(summary.fiscalYears).toEqual([2022]);
    expect((await get(`/api/plans/${otherPlan}/report?fy=R5`)).statusCode).toBe(404);
    const report = (await get(`/api/plans/${otherPlan}/report`)).json<{ fiscalYear: number }>();
    expect(report.fiscalYear).toBe(2022);
    const kpi = (await get(`/api/plans/${otherPlan}/kpis/${code}`)).json<KpiDetailView>();
    expect(new Set(kpi.figures.map((f) => f.fiscalYear))).toEqual(new Set([2022]));
    expect(kpi.changes).toEqual([]);
    // A member reads every year, published or not.
    const member = (await get(`/api/plans/${otherPlan}`, other.viewer)).json<PlanSummaryView>();
    expect(member.fiscalYears).toContain(2023);
    expect((await publish('R4', false)).statusCode).toBe(200);
    expect((await get(`/api/plans/${otherPlan}`)).statusCode).toBe(404);
  });

  it('shows the demo plan’s imported years to visitors: they come from a published report', async () => {
    const summary = (await get(`/api/plans/${ownPlan}`)).json<PlanSummaryView>();
    expect(summary.fiscalYears).toContain(2023);
    expect((await get(`/api/plans/${ownPlan}/report?fy=R5`)).statusCode).toBe(200);
  });
});
