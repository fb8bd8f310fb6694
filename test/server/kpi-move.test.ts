import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanTreeView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * Arranging the tree (issue 20): in a plan not yet published (one being set up, a next plan)
 * a KPI moves to another theme program or another place in its own, with its figures; a
 * published plan's KPIs stay where they were printed (409), changing nothing.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const tree = async (planId: number, admin: SessionHeaders) =>
    (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}/tree`, headers: { ...admin } })
    ).json<PlanTreeView>();
  const places = (view: PlanTreeView) =>
    view.policies.flatMap((p) =>
      p.themes.map((t) => `${p.number}-${t.number}: ${t.kpis.map((k) => k.code).join(' ')}`),
    );
  const move = (planId: number, code: string, admin: SessionHeaders, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/kpis/${encodeURIComponent(code)}/move`,
      headers: { ...admin },
      payload,
    });

  it('moves a KPI in a plan not yet published, and keeps a published plan’s tree', async () => {
    const draft = await freshTenant(getHandle(), { publish: false });
    const admin = (await draft.member({ role: 'admin' })).headers;
    const before = await tree(draft.planId, admin);
    const first = before.policies[0]!.themes[0]!;
    const target = { policyNumber: before.policies[0]!.number, themeNumber: first.number };
    const moved = await move(draft.planId, '⑳', admin, { ...target, before: first.kpis[0]!.code });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = await tree(draft.planId, admin);
    expect(after.policies[0]!.themes[0]!.kpis.map((k) => k.code)).toEqual([
      '⑳',
      ...first.kpis.map((k) => k.code),
    ]);
    expect(places(after).join('\n').match(/⑳/g)).toHaveLength(1);
    // Its figures went with it.
    const report = await app.inject({
      method: 'GET',
      url: `/api/plans/${draft.planId}/report?fy=R5`,
      headers: { ...admin },
    });
    expect(report.json<{ rows: { code: string }[] }>().rows[0]!.code).toBe('⑳');
    const bad = await move(draft.planId, '⑳', admin, { ...target, before: '㉚' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { details: { field: 'before' } } });
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['kpi_code', 'new_value'])
      .where('plan_id', '=', draft.planId)
      .where('action', '=', 'kpi.move')
      .execute();
    expect(audit).toEqual([
      {
        kpi_code: '⑳',
        new_value: `${target.policyNumber}-${target.themeNumber} before ${first.kpis[0]!.code}`,
      },
    ]);

    const published = await freshTenant(getHandle());
    const publishedAdmin = (await published.member({ role: 'admin' })).headers;
    const kept = await tree(published.planId, publishedAdmin);
    const refused = await move(published.planId, '⑳', publishedAdmin, { ...target, before: null });
    expect(refused.statusCode).toBe(409);
    expect(places(await tree(published.planId, publishedAdmin))).toEqual(places(kept));
  });
});
