import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KpiDetailView, PlanReportView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * Where a KPI stands over the plan's years (issue 20): handed to another department from R7 at
 * a reorganisation, moved to another theme program from R7 at the mid-term review. What a
 * citizen read of R5 stays byte for byte; R7 shows the change; the years before are refused.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    headers?: SessionHeaders,
    payload?: object,
  ) => app.inject({ method, url, headers: { ...headers }, ...(payload ? { payload } : {}) });
  const rowOf = (report: PlanReportView, code: string) => {
    const row = report.rows.find((r) => r.code === code);
    if (!row) throw new Error(`no row ${code}`);
    return row;
  };
  const kpiUrl = (planId: number, code: string, tail: string) =>
    `/api/plans/${planId}/kpis/${encodeURIComponent(code)}${tail}`;

  it('hands ⑦ to 財政課 from R7: R5 as published, R7 under 財政課, 企画課 owes no R7 entry', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const base = `/api/plans/${tenant.planId}`;
    const r5Before = (await call('GET', `${base}/report?fy=R5`)).body;
    const was = rowOf(JSON.parse(r5Before), '⑦').departments;
    expect(was).toEqual(['企画課']);
    const url = kpiUrl(tenant.planId, '⑦', '/departments');
    const body = { departments: ['財政課'], from: 'R7', reason: '機構改革：財政課へ移管' };

    // A published year keeps its departments; an unknown name and the same list are refused.
    const early = await call('POST', url, admin, { ...body, from: 'R5' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { details: { field: 'from' } } });
    const typo = await call('POST', url, admin, { ...body, departments: ['財政'] });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.message).toMatch(/財政課/);
    const same = await call('POST', url, admin, { ...body, departments: ['企画課'] });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ error: { details: { field: 'departments' } } });
    // An undated edit of a published KPI's departments would rewrite R3–R5: refused.
    const detail = (await call('GET', kpiUrl(tenant.planId, '⑦', ''), admin)).json<{
      version: number;
    }>();
    const patch = await call('PATCH', kpiUrl(tenant.planId, '⑦', ''), admin, {
      departments: ['財政課'],
      version: detail.version,
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json()).toMatchObject({ error: { details: { field: 'departments' } } });
    expect((await call('GET', `${base}/report?fy=R5`)).body).toBe(r5Before);

    const changed = await call('POST', url, admin, body);
    expect(changed.statusCode, changed.body).toBe(201);
    expect(changed.json()).toEqual({
      code: '⑦',
      from: 2025,
      departments: ['財政課'],
      departmentsBefore: ['企画課'],
    });

    // What a citizen read of R5 is what it reads now; a member's R7 names 財政課.
    expect((await call('GET', `${base}/report?fy=R5`)).body).toBe(r5Before);
    const r7 = (await call('GET', `${base}/report?fy=R7`, admin)).json<PlanReportView>();
    expect(rowOf(r7, '⑦').departments).toEqual(['財政課']);
    const r6 = (await call('GET', `${base}/report?fy=R6`, admin)).json<PlanReportView>();
    expect(rowOf(r6, '⑦').departments).toEqual(['企画課']);
    // The KPI's page lists the change with its year and reason, for every reader.
    const page = (await call('GET', kpiUrl(tenant.planId, '⑦', ''))).json<KpiDetailView>();
    expect(page.life.places).toEqual([
      {
        fromYear: 2025,
        field: 'departments',
        before: '企画課',
        after: '財政課',
        reason: '機構改革：財政課へ移管',
      },
    ]);

    // A round opened after: ⑦ is 財政課's entry, 企画課 owes nothing for it.
    expect(
      (await call('POST', `${base}/rounds`, admin, { fy: 'R7', due: '2026-05-31' })).statusCode,
    ).toBe(201);
    const entries = await getDb()
      .selectFrom('round_entries')
      .innerJoin('rounds', 'rounds.id', 'round_entries.round_id')
      .innerJoin('kpis', 'kpis.id', 'round_entries.kpi_id')
      .innerJoin('departments', 'departments.id', 'round_entries.department_id')
      .select(['departments.name'])
      .where('rounds.plan_id', '=', tenant.planId)
      .where('kpis.code', '=', '⑦')
      .execute();
    expect(entries.map((e) => e.name)).toEqual(['財政課']);
    // And with the R7 round open, another change from R7 waits for it to close.
    const during = await call('POST', url, admin, { ...body, departments: ['企画課'] });
    expect(during.statusCode).toBe(400);
    expect(during.json().error.message).toMatch(/R7 round is open/);

    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['field', 'old_value', 'new_value', 'fiscal_year'])
      .where('plan_id', '=', tenant.planId)
      .where('action', '=', 'kpi.departments')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { field: 'departments', old_value: '企画課', new_value: '財政課', fiscal_year: 2025 },
      { field: 'reason', old_value: null, new_value: '機構改革：財政課へ移管', fiscal_year: 2025 },
    ]);
  });

  it('moves ⑫ to another theme program from R7: R5 prints it where it was, R7 where it is', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    const base = `/api/plans/${tenant.planId}`;
    const r5Before = (await call('GET', `${base}/report?fy=R5`)).body;
    const r5 = JSON.parse(r5Before) as PlanReportView;
    const twelve = rowOf(r5, '⑫');
    const other = r5.rows.find((r) => r.theme.number !== twelve.theme.number);
    if (!other) throw new Error('the demo plan has one theme');
    const to = { policyNumber: other.policy.number, themeNumber: other.theme.number, before: null };
    const url = kpiUrl(tenant.planId, '⑫', '/move');

    // Undated, or dated into a published year, a published plan's tree is kept.
    const undated = await call('POST', url, admin, to);
    expect(undated.statusCode).toBe(409);
    expect(undated.json()).toMatchObject({ error: { details: { field: 'from' } } });
    const early = await call('POST', url, admin, { ...to, from: 'R5', reason: '中間見直し' });
    expect(early.statusCode).toBe(409);
    const half = await call('POST', url, admin, { ...to, from: 'R7' });
    expect(half.statusCode).toBe(400);
    expect(half.json()).toMatchObject({ error: { details: { field: 'reason' } } });
    const byEditor = await call('POST', url, editor, { ...to, from: 'R7', reason: '中間見直し' });
    expect(byEditor.statusCode).toBe(403);
    expect((await call('GET', `${base}/report?fy=R5`)).body).toBe(r5Before);

    const moved = await call('POST', url, admin, { ...to, from: 'R7', reason: '中間見直し' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await call('GET', `${base}/report?fy=R5`)).body).toBe(r5Before);
    const r7 = (await call('GET', `${base}/report?fy=R7`, admin)).json<PlanReportView>();
    expect(rowOf(r7, '⑫').theme.number).toBe(other.theme.number);
    const r6 = (await call('GET', `${base}/report?fy=R6`, admin)).json<PlanReportView>();
    expect(rowOf(r6, '⑫').theme).toEqual(twelve.theme);
    const page = (await call('GET', kpiUrl(tenant.planId, '⑫', ''), admin)).json<KpiDetailView>();
    expect(page.life.places).toEqual([
      {
        fromYear: 2025,
        field: 'theme',
        before: `${twelve.policy.number}-${twelve.theme.number}`,
        after: `${to.policyNumber}-${to.themeNumber}`,
        reason: '中間見直し',
      },
    ]);
    expect(r6.rows.map((r) => r.code)).toEqual(r5.rows.map((r) => r.code));

    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['field', 'old_value', 'new_value', 'fiscal_year'])
      .where('plan_id', '=', tenant.planId)
      .where('action', '=', 'kpi.move')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        field: 'place',
        old_value: `${twelve.policy.number}-${twelve.theme.number}`,
        new_value: `${to.policyNumber}-${to.themeNumber}`,
        fiscal_year: 2025,
      },
      { field: 'reason', old_value: null, new_value: '中間見直し', fiscal_year: 2025 },
    ]);
  });
});
