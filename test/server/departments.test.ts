import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountView, DepartmentView, PlanReportView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The municipality's departments as a list the admin keeps (issue 20): a reorganisation
 * renames 情報政策課 to DX推進課 from R7; the published R5 keeps the old name byte for byte,
 * R7 shows the new one, the editors follow, and a typo can no longer be saved as a department.
 */

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
  const departmentsOf = (report: PlanReportView, code: string) =>
    report.rows.find((r) => r.code === code)?.departments;

  it('renames a department from R7: the published R5 keeps the old name, R7 shows the new', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    await tenant.member({ role: 'editor', departments: ['情報政策課'] });
    const base = `/api/plans/${tenant.planId}`;
    const r5Before = (await get(`${base}/report?fy=R5`)).body;
    expect(departmentsOf(JSON.parse(r5Before), '⑰')).toContain('情報政策課');

    const list = (await get('/api/departments', admin)).json<DepartmentView[]>();
    const joho = list.find((d) => d.name === '情報政策課');
    if (!joho) throw new Error('情報政策課 is not in the list');
    const url = `/api/departments/${joho.id}/renames`;

    // A year already published keeps the name it was published with: refused, nothing changed.
    const early = await post(url, admin, { newName: 'DX推進課', from: 'R5', reason: '機構改革' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { details: { field: 'from' } } });

    const renamed = await post(url, admin, { newName: 'DX推進課', from: 'R7', reason: '機構改革' });
    expect(renamed.statusCode, renamed.body).toBe(201);
    expect(renamed.json()).toMatchObject({
      name: 'DX推進課',
      renames: [{ fromYear: 2025, oldName: '情報政策課', newName: 'DX推進課', reason: '機構改革' }],
    });

    // What a citizen read of R5 is what it reads now; a member's R7 names the new department.
    expect((await get(`${base}/report?fy=R5`)).body).toBe(r5Before);
    const r7 = (await get(`${base}/report?fy=R7`, admin)).json<PlanReportView>();
    expect(departmentsOf(r7, '⑰')).toContain('DX推進課');
    expect(departmentsOf(r7, '⑰')).not.toContain('情報政策課');

    // The editor of 情報政策課 is DX推進課's now.
    const accounts = (await get('/api/accounts', admin)).json<AccountView[]>();
    expect(accounts.find((a) => a.role === 'editor')?.departments).toEqual(['DX推進課']);

    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'field', 'old_value', 'new_value', 'fiscal_year'])
      .where('municipality_id', '=', tenant.municipality.id)
      .where('action', '=', 'department.rename')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'department.rename',
        field: 'name',
        old_value: '情報政策課',
        new_value: 'DX推進課',
        fiscal_year: 2025,
      },
      {
        action: 'department.rename',
        field: 'reason',
        old_value: null,
        new_value: '機構改革',
        fiscal_year: 2025,
      },
    ]);
  });

  it('merges 情報政策課 into 企画課 from R7: R5 as published, R7 and the editors under 企画課', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    await tenant.member({ role: 'editor', departments: ['情報政策課'] });
    const base = `/api/plans/${tenant.planId}`;
    const r5Before = (await get(`${base}/report?fy=R5`)).body;
    const list = (await get('/api/departments', admin)).json<DepartmentView[]>();
    const idOf = (name: string) => list.find((d) => d.name === name)!.id;
    const url = `/api/departments/${idOf('情報政策課')}/merge`;
    const into = idOf('企画課');

    const early = await post(url, admin, { into, from: 'R5', reason: '機構改革' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { details: { field: 'from' } } });
    expect(
      (await post(url, admin, { into: idOf('情報政策課'), from: 'R7', reason: '機構改革' }))
        .statusCode,
    ).toBe(400);

    const merged = await post(url, admin, { into, from: 'R7', reason: '機構改革：DX推進' });
    expect(merged.statusCode, merged.body).toBe(201);
    expect(merged.json()).toMatchObject({
      name: '情報政策課',
      mergedInto: { name: '企画課', fromYear: 2025 },
    });

    // R5 byte for byte; R7 names 企画課 for ④ and ⑲, and ⑰ (several departments) once each.
    expect(JSON.parse((await get(`${base}/report?fy=R5`)).body)).toEqual(JSON.parse(r5Before));
    const r7 = (await get(`${base}/report?fy=R7`, admin)).json<PlanReportView>();
    expect(departmentsOf(r7, '④')).toEqual(['企画課']);
    expect(departmentsOf(r7, '⑲')).toEqual(['企画課']);
    const seventeenth = departmentsOf(r7, '⑰') ?? [];
    expect(seventeenth).not.toContain('情報政策課');
    expect(seventeenth.filter((d) => d === '企画課').length).toBeLessThanOrEqual(1);
    const r5 = JSON.parse(r5Before) as PlanReportView;
    expect(departmentsOf(r5, '④')).toEqual(['情報政策課']);

    // Its editor edits for 企画課 now; the list keeps it as history and offers it no more.
    const accounts = (await get('/api/accounts', admin)).json<AccountView[]>();
    expect(accounts.find((a) => a.role === 'editor')?.departments).toEqual(['企画課']);
    const after = (await get('/api/departments', admin)).json<DepartmentView[]>();
    expect(after.find((d) => d.name === '情報政策課')?.mergedInto).toEqual({
      name: '企画課',
      fromYear: 2025,
    });
    const typo = await post(`${base}/kpis`, admin, {
      policyNumber: '1',
      themeNumber: '2',
      code: '㉑',
      title: '電子申請の件数',
      departments: ['情報政策課'],
      from: 'R7',
      reason: '追加',
    });
    expect(typo.statusCode).toBe(400);
    const again = await post(url, admin, { into, from: 'R8', reason: '再度' });
    expect(again.statusCode).toBe(400);

    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['field', 'old_value', 'new_value', 'fiscal_year'])
      .where('municipality_id', '=', tenant.municipality.id)
      .where('action', '=', 'department.merge')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { field: 'merged_into', old_value: '情報政策課', new_value: '企画課', fiscal_year: 2025 },
      { field: 'reason', old_value: null, new_value: '機構改革：DX推進', fiscal_year: 2025 },
    ]);
  });

  it('refuses a department that is not in the list, for a KPI and for an account, naming the near one', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const kpi = {
      policyNumber: '3',
      themeNumber: '8',
      code: '㉑',
      title: '電子申請の利用件数',
      unit: '件',
      departments: ['情報政策'],
      target: { value: '5000', fiscalYear: 'R8' },
      from: 'R7',
      reason: '中間見直し',
    };
    const typo = await post(`/api/plans/${tenant.planId}/kpis`, admin, kpi);
    expect(typo.statusCode).toBe(400);
    expect(typo.json()).toMatchObject({
      error: {
        code: 'validation',
        details: { field: 'departments' },
        message: expect.stringContaining('did you mean 情報政策課?'),
      },
    });
    const account = await post('/api/accounts', admin, {
      email: `new-${tenant.municipality.code}@example.jp`,
      role: 'editor',
      departments: ['DX推進課'],
      password: 'long enough password',
    });
    expect(account.statusCode).toBe(400);
    expect(account.json()).toMatchObject({ error: { details: { field: 'departments' } } });
    expect(
      (await get(`/api/plans/${tenant.planId}/kpis/${encodeURIComponent('㉑')}`, admin)).statusCode,
    ).toBe(404);

    // Once the admin adds it to the list, both are saved.
    expect((await post('/api/departments', admin, { name: 'DX推進課' })).statusCode).toBe(201);
    const saved = await post(`/api/plans/${tenant.planId}/kpis`, admin, {
      ...kpi,
      departments: ['DX推進課'],
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(
      (
        await post('/api/accounts', admin, {
          email: `new-${tenant.municipality.code}@example.jp`,
          role: 'editor',
          departments: ['DX推進課'],
          password: 'long enough password',
        })
      ).statusCode,
    ).toBe(201);
  });
});
