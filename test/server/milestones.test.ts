import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KpiDetailView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall } from '../support/plan-calls.ts';

const SEVEN = encodeURIComponent('⑦');

/*
 * A KPI's yearly milestones (年度目標, issue 20): the planning division sets ⑦'s R7 milestone on
 * the way to its R8 target; a published year's milestone is kept; a stale version is refused;
 * an editor sets none; visitors do not read an unpublished year's.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  it('sets a year’s milestone, versioned and audited, and keeps a published year’s', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    const put = (who: typeof admin, fy: string, value: string, version: number) =>
      planCall(app, tenant.planId, who, 'PUT', `/kpis/${SEVEN}/milestones/${fy}`, {
        value,
        version,
      });

    const set = await put(admin, 'R7', '270,000', 0);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({
      fiscalYear: 2025,
      series: 'milestone',
      text: '270000',
      version: 1,
    });
    expect((await put(admin, 'R7', '268,000', 0)).status).toBe(409);
    expect((await put(admin, 'R7', '268,000', 1)).status).toBe(200);
    const published = await put(admin, 'R5', '280,000', 0);
    expect(published.status).toBe(409);
    expect(published.body).toMatchObject({ error: { details: { field: 'fy' } } });
    expect((await put(editor, 'R8', '265,000', 0)).status).toBe(403);
    expect((await put(admin, 'R8', 'たくさん', 0)).status).toBe(400);

    const detail = (await planCall(app, tenant.planId, admin, 'GET', `/kpis/${SEVEN}?fy=R5`))
      .body as KpiDetailView;
    expect(detail.figures.filter((f) => f.series === 'milestone')).toEqual([
      expect.objectContaining({ fiscalYear: 2025, text: '268000', version: 2 }),
    ]);
    const visitor = (await planCall(app, tenant.planId, undefined, 'GET', `/kpis/${SEVEN}?fy=R5`))
      .body as KpiDetailView;
    expect(visitor.figures.some((f) => f.series === 'milestone')).toBe(false);
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['old_value', 'new_value', 'fiscal_year'])
      .where('plan_id', '=', tenant.planId)
      .where('action', '=', 'milestone.set')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { old_value: null, new_value: '270000', fiscal_year: 2025 },
      { old_value: '270000', new_value: '268000', fiscal_year: 2025 },
    ]);
  });
});
