import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanReportView, PlanTreeView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The tree over the plan's years (issue 20): a basic policy and a theme program renamed at the
 * mid-term review from R7 keep their printed names in the published R5 report, byte for byte;
 * a published plan's tree keeps its order; a plan being set up is arranged freely, a theme
 * moving to another policy with its KPIs and figures.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const get = (url: string, headers?: SessionHeaders) =>
    app.inject({ method: 'GET', url, headers: { ...headers } });
  const send = (method: 'PATCH' | 'POST', url: string, headers: SessionHeaders, payload: object) =>
    app.inject({ method, url, headers: { ...headers }, payload });
  const tree = async (planId: number, admin: SessionHeaders) =>
    (await get(`/api/plans/${planId}/tree`, admin)).json<PlanTreeView>();
  const headings = (report: PlanReportView) => [
    ...new Set(
      report.rows.map(
        (r) => `${r.policy.number} ${r.policy.name} / ${r.theme.number} ${r.theme.name}`,
      ),
    ),
  ];

  describe('a policy and a theme renamed from R7', () => {
    it('keep the published R5 report as it was and show the new names from R7', async () => {
      const tenant = await freshTenant(getHandle());
      const admin = (await tenant.member({ role: 'admin' })).headers;
      const base = `/api/plans/${tenant.planId}`;
      const readings = async () => ({
        public: (await get(`${base}/report?fy=R5`)).body,
        csv: (await get(`${base}/exports/report?fy=R5&format=csv`)).body,
      });
      const before = await readings();
      const start = await tree(tenant.planId, admin);
      const policy = start.policies[0]!;
      const theme = policy.themes[0]!;
      const renamedPolicy = await send('PATCH', `${base}/policies/${policy.number}`, admin, {
        name: '持続可能な行財政運営',
        version: policy.version,
        from: 'R7',
        reason: '中間見直し：方針の整理',
      });
      expect(renamedPolicy.statusCode, renamedPolicy.body).toBe(200);
      const renamedTheme = await send(
        'PATCH',
        `${base}/policies/${policy.number}/themes/${theme.number}`,
        admin,
        {
          name: '行政サービスのデジタル化',
          version: theme.version,
          from: 'R7',
          reason: '中間見直し',
        },
      );
      expect(renamedTheme.statusCode, renamedTheme.body).toBe(200);

      expect(await readings()).toEqual(before);
      const r5 = (await get(`${base}/report?fy=R5`, admin)).json<PlanReportView>();
      expect(headings(r5)[0]).toBe(
        `${policy.number} ${policy.name} / ${theme.number} ${theme.name}`,
      );
      const r7 = (await get(`${base}/report?fy=R7`, admin)).json<PlanReportView>();
      expect(headings(r7)[0]).toBe(
        `${policy.number} 持続可能な行財政運営 / ${theme.number} 行政サービスのデジタル化`,
      );
      // The admin page shows today's names.
      const now = await tree(tenant.planId, admin);
      expect(now.policies[0]!.name).toBe('持続可能な行財政運営');
      expect(now.policies[0]!.renames).toEqual([
        expect.objectContaining({
          from: 2025,
          oldName: policy.name,
          newName: '持続可能な行財政運営',
          reason: '中間見直し：方針の整理',
        }),
      ]);
      const audit = await getDb()
        .selectFrom('audit_log')
        .select(['action', 'field', 'old_value', 'new_value', 'fiscal_year'])
        .where('plan_id', '=', tenant.planId)
        .where('action', 'in', ['policy.rename', 'theme.rename'])
        .orderBy('id')
        .execute();
      expect(audit).toEqual([
        {
          action: 'policy.rename',
          field: 'reason',
          old_value: null,
          new_value: '中間見直し：方針の整理',
          fiscal_year: 2025,
        },
        {
          action: 'theme.rename',
          field: 'reason',
          old_value: null,
          new_value: '中間見直し',
          fiscal_year: 2025,
        },
      ]);
    });

    it('refuses a rename with no year or reaching a published year, and one before a later rename', async () => {
      const tenant = await freshTenant(getHandle());
      const admin = (await tenant.member({ role: 'admin' })).headers;
      const base = `/api/plans/${tenant.planId}`;
      const policy = (await tree(tenant.planId, admin)).policies[0]!;
      const rename = (payload: object) =>
        send('PATCH', `${base}/policies/${policy.number}`, admin, {
          name: '新しい名前',
          version: policy.version,
          ...payload,
        });
      const plain = await rename({});
      expect(plain.statusCode).toBe(409);
      expect(plain.json()).toMatchObject({ error: { details: { field: 'from' } } });
      expect(plain.json().error.message).toContain(policy.name);
      const reaching = await rename({ from: 'R5', reason: '訂正' });
      expect(reaching.statusCode).toBe(409);
      expect(reaching.json().error.message).toContain('R5');
      const noReason = await rename({ from: 'R7' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json()).toMatchObject({ error: { details: { field: 'reason' } } });
      expect((await tree(tenant.planId, admin)).policies[0]!.name).toBe(policy.name);
      expect((await rename({ from: 'R8', reason: '見直し' })).statusCode).toBe(200);
      const again = await send('PATCH', `${base}/policies/${policy.number}`, admin, {
        name: 'さらに新しい名前',
        version: (await tree(tenant.planId, admin)).policies[0]!.version,
        from: 'R7',
        reason: '見直し',
      });
      expect(again.statusCode).toBe(400);
      expect(again.json()).toMatchObject({ error: { details: { field: 'from' } } });
    });
  });

  describe('arranging the tree', () => {
    it('moves a policy and a theme with its KPIs in a plan not yet published', async () => {
      const draft = await freshTenant(getHandle(), { publish: false });
      const admin = (await draft.member({ role: 'admin' })).headers;
      const base = `/api/plans/${draft.planId}`;
      const start = await tree(draft.planId, admin);
      const [first, second] = start.policies;
      const moving = first!.themes[0]!;
      const codes = moving.kpis.map((k) => k.code);
      const movedPolicy = await send('POST', `${base}/policies/${first!.number}/move`, admin, {
        before: null,
      });
      expect(movedPolicy.statusCode, movedPolicy.body).toBe(200);
      expect((await tree(draft.planId, admin)).policies.map((p) => p.number)).toEqual([
        ...start.policies.slice(1).map((p) => p.number),
        first!.number,
      ]);
      // Yuzawa numbers its theme programs across the plan: 1 under policy 1, none under 2.
      expect(second!.themes.map((t) => t.number)).not.toContain(moving.number);
      const movedTheme = await send(
        'POST',
        `${base}/policies/${first!.number}/themes/${moving.number}/move`,
        admin,
        { policyNumber: second!.number, before: null },
      );
      expect(movedTheme.statusCode, movedTheme.body).toBe(200);
      const after = await tree(draft.planId, admin);
      const under = after.policies.find((p) => p.number === second!.number)!;
      expect(under.themes.at(-1)).toMatchObject({ number: moving.number, name: moving.name });
      expect(under.themes.at(-1)!.kpis.map((k) => k.code)).toEqual(codes);
      const left = after.policies.find((p) => p.number === first!.number)!;
      expect(left.themes.map((t) => t.number)).not.toContain(moving.number);
      // The KPIs' figures went with them.
      const r5 = (await get(`${base}/report?fy=R5`, admin)).json<PlanReportView>();
      const row = r5.rows.find((r) => r.code === codes[0]);
      expect(row?.policy.number).toBe(second!.number);
      expect(row?.actuals.some((a) => a !== null)).toBe(true);
      const audit = await getDb()
        .selectFrom('audit_log')
        .select(['action', 'old_value', 'new_value'])
        .where('plan_id', '=', draft.planId)
        .where('action', 'in', ['policy.move', 'theme.move'])
        .orderBy('id')
        .execute();
      expect(audit).toEqual([
        { action: 'policy.move', old_value: null, new_value: 'last' },
        {
          action: 'theme.move',
          old_value: `${first!.number}-${moving.number}`,
          new_value: second!.number,
        },
      ]);
    });

    it('keeps a published plan’s policies and themes where they were printed', async () => {
      const tenant = await freshTenant(getHandle());
      const admin = (await tenant.member({ role: 'admin' })).headers;
      const base = `/api/plans/${tenant.planId}`;
      const before = await tree(tenant.planId, admin);
      const policy = before.policies[0]!;
      const refused = await send('POST', `${base}/policies/${policy.number}/move`, admin, {
        before: null,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain('R5');
      const theme = await send(
        'POST',
        `${base}/policies/${policy.number}/themes/${policy.themes[0]!.number}/move`,
        admin,
        { policyNumber: policy.number, before: null },
      );
      expect(theme.statusCode).toBe(409);
      expect(await tree(tenant.planId, admin)).toEqual(before);
    });
  });

  it('keeps the grading scale and precision a published year printed with', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const base = `/api/plans/${tenant.planId}`;
    const before = (await get(`${base}/report?fy=R5`)).body;
    const version = (await tree(tenant.planId, admin)).version;
    const scale = await send('PATCH', base, admin, {
      gradeScale: { labels: ['A', 'B', 'C'], cuts: [90, 70] },
      version,
    });
    expect(scale.statusCode).toBe(409);
    expect(scale.json()).toMatchObject({ error: { details: { field: 'gradeScale' } } });
    const precision = await send('PATCH', base, admin, {
      ratePrecision: { decimals: 1, widenNear100: false },
      version,
    });
    expect(precision.statusCode).toBe(409);
    const shorter = await send('PATCH', base, admin, { endYear: 'R4', version });
    expect(shorter.statusCode).toBe(409);
    expect((await get(`${base}/report?fy=R5`)).body).toEqual(before);
    // The period may grow: a plan extended to R9.
    expect((await send('PATCH', base, admin, { endYear: 'R9', version })).statusCode).toBe(200);
  });
});
