import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  KpiDetailView,
  PlanReportView,
  PlanSummaryView,
  PlanTreeView,
} from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The next plan (次期計画, issue 20): made from the current plan with its own period, ⑦ and ①
 * carried over and linked to the KPIs they continue, the rest ending with the old plan, which
 * stays byte for byte as it was published.
 */

const SEVENTH = encodeURIComponent('⑦');

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const get = (url: string, headers?: SessionHeaders) =>
    app.inject({ method: 'GET', url, headers: { ...headers } });
  const post = (url: string, headers: SessionHeaders, payload: object) =>
    app.inject({ method: 'POST', url, headers: { ...headers }, payload });

  it('makes the next plan with the KPIs carried over, linked both ways, the old plan as published', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const old = `/api/plans/${tenant.planId}`;
    const r5Before = (await get(`${old}/report?fy=R5`)).body;
    const next = {
      name: `第2次計画 ${tenant.municipality.code}`,
      startYear: 'R9',
      endYear: 'R13',
      carry: ['⑦', '①'],
      gradeScale: { labels: ['S', 'A', 'B', 'C'], cuts: [100, 80, 50] },
    };

    const overlapping = await post(`${old}/successor`, admin, { ...next, startYear: 'R8' });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json()).toMatchObject({ error: { details: { field: 'startYear' } } });
    const unknown = await post(`${old}/successor`, admin, { ...next, carry: ['⑦', '㉚'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { details: { field: 'carry' } } });

    const made = await post(`${old}/successor`, admin, next);
    expect(made.statusCode, made.body).toBe(201);
    const planId = made.json<{ planId: number }>().planId;
    expect(planId).not.toBe(tenant.planId);
    const again = await post(`${old}/successor`, admin, next);
    expect(again.statusCode).toBe(409);

    const tree = (await get(`/api/plans/${planId}/tree`, admin)).json<PlanTreeView>();
    expect(tree.plan).toMatchObject({ name: next.name, startYear: 2027, endYear: 2031 });
    const codes = tree.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis.map((k) => k.code)));
    expect(codes.sort()).toEqual(['①', '⑦']);
    const report = (await get(`/api/plans/${planId}/report?fy=R9`, admin)).json<PlanReportView>();
    expect(report.gradeLabels).toEqual(['S', 'A', 'B', 'C']);
    expect(report.rows.flatMap((r) => r.actuals.filter((a) => a !== null))).toEqual([]);

    // Linked both ways for members; a visitor does not learn of a plan it cannot read yet.
    const newSeventh = (
      await get(`/api/plans/${planId}/kpis/${SEVENTH}`, admin)
    ).json<KpiDetailView>();
    expect(newSeventh.continuation.continues).toEqual({
      planId: tenant.planId,
      planName: tenant.planName,
      code: '⑦',
    });
    const oldSeventh = (await get(`${old}/kpis/${SEVENTH}`, admin)).json<KpiDetailView>();
    expect(oldSeventh.continuation.continuedBy).toEqual([
      { planId, planName: next.name, code: '⑦' },
    ]);
    const publicSeventh = (await get(`${old}/kpis/${SEVENTH}?fy=R5`)).json<KpiDetailView>();
    expect(publicSeventh.continuation).toEqual({ continues: null, continuedBy: [] });
    const publicPlans = (await get('/api/plans')).json<PlanSummaryView[]>();
    expect(publicPlans.map((p) => p.id)).not.toContain(planId);

    // The old plan is untouched: its published R5 reads as before.
    expect((await get(`${old}/report?fy=R5`)).body).toBe(r5Before);
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['field', 'new_value'])
      .where('action', '=', 'plan.successor')
      .where('plan_id', '=', planId)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { field: 'name', new_value: next.name },
      { field: 'from', new_value: tenant.planName },
      { field: 'carry', new_value: '⑦, ①' },
    ]);
  });
});
