import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * Deleting only what was never published (issue 20): a KPI added from R7 by mistake and an
 * unpublished plan go; a KPI the published R5 listed, a published plan, and a plan whose year
 * was published once and withdrawn stay (409), changing nothing.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers?: SessionHeaders,
    payload?: object,
  ) => app.inject({ method, url, headers: { ...headers }, ...(payload ? { payload } : {}) });
  const kpiUrl = (planId: number, code: string) =>
    `/api/plans/${planId}/kpis/${encodeURIComponent(code)}`;

  it('deletes a KPI no published year listed, and refuses one the published R5 listed', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const added = await call('POST', `/api/plans/${tenant.planId}/kpis`, admin, {
      policyNumber: '3',
      themeNumber: '8',
      code: '㉑',
      title: '電子申請の利用件数（誤登録）',
      unit: '件',
      departments: ['情報政策課'],
      from: 'R7',
      reason: '追加',
    });
    expect(added.statusCode, added.body).toBe(201);

    const seventh = await call('DELETE', kpiUrl(tenant.planId, '⑦'), admin);
    expect(seventh.statusCode).toBe(409);
    expect(seventh.json()).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('retire it') },
    });
    expect((await call('GET', kpiUrl(tenant.planId, '⑦'), admin)).statusCode).toBe(200);

    expect((await call('DELETE', kpiUrl(tenant.planId, '㉑'), admin)).statusCode).toBe(204);
    expect((await call('GET', kpiUrl(tenant.planId, '㉑'), admin)).statusCode).toBe(404);
    expect((await call('DELETE', kpiUrl(tenant.planId, '㉑'), admin)).statusCode).toBe(404);
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'kpi_code'])
      .where('plan_id', '=', tenant.planId)
      .where('action', '=', 'kpi.delete')
      .execute();
    expect(audit).toEqual([{ action: 'kpi.delete', kpi_code: '㉑' }]);
    // The published plan itself stays.
    const plan = await call('DELETE', `/api/plans/${tenant.planId}`, admin);
    expect(plan.statusCode).toBe(409);
    expect((await call('GET', `/api/plans/${tenant.planId}/tree`, admin)).statusCode).toBe(200);
  });

  it('deletes an unpublished plan, and keeps one whose year was published once and withdrawn', async () => {
    const unpublished = await freshTenant(getHandle(), { publish: false });
    const admin = (await unpublished.member({ role: 'admin' })).headers;
    const url = `/api/plans/${unpublished.planId}`;
    expect((await call('DELETE', url, admin)).statusCode).toBe(204);
    expect((await call('GET', `${url}/tree`, admin)).statusCode).toBe(404);

    const once = await freshTenant(getHandle());
    const onceAdmin = (await once.member({ role: 'admin' })).headers;
    for (const fy of ['R3', 'R4', 'R5']) {
      const withdrawn = await call(
        'PUT',
        `/api/plans/${once.planId}/publications/${fy}`,
        onceAdmin,
        { published: false, reason: '確認のため' },
      );
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    }
    const refused = await call('DELETE', `/api/plans/${once.planId}`, onceAdmin);
    expect(refused.statusCode).toBe(409);
    expect((await call('GET', `/api/plans/${once.planId}/tree`, onceAdmin)).statusCode).toBe(200);
  });
});
