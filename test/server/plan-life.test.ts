import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  KpiDetailView,
  PlanReportView,
  RoundBoardView,
} from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The plan's life (issue 20): ⑦'s target revised from R7 at the mid-term review, ⑫ retired
 * from R7 and replaced by a new ㉑ added from R7. The published R3–R5 stay byte for byte what
 * a citizen read; R7 shows the new plan; a change reaching a published year is refused.
 */

const SEVENTH = encodeURIComponent('⑦');
const TWELFTH = encodeURIComponent('⑫');

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  async function setUp(): Promise<{ tenant: Tenant; admin: SessionHeaders }> {
    const tenant = await freshTenant(getHandle());
    const admin = (await tenant.member({ role: 'admin' })).headers;
    return { tenant, admin };
  }

  const get = (url: string, headers?: SessionHeaders) =>
    app.inject({ method: 'GET', url, headers: { ...headers } });
  const post = (url: string, headers: SessionHeaders, payload: object) =>
    app.inject({ method: 'POST', url, headers: { ...headers }, payload });

  /** The mid-term review of R7, through the API as the admin screens call it. */
  async function midTermReview(planId: number, admin: SessionHeaders) {
    const revised = await post(`/api/plans/${planId}/kpis/${SEVENTH}/revisions`, admin, {
      from: 'R7',
      target: { value: '270000', fiscalYear: 'R8' },
      reason: '中間見直し：解体計画の延期',
    });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(revised.json()).toEqual({ code: '⑦', from: 2025, changed: ['target'] });
    const added = await post(`/api/plans/${planId}/kpis`, admin, {
      policyNumber: '3',
      themeNumber: '8',
      code: '㉑',
      title: '電子申請の利用件数',
      unit: '件',
      departments: ['情報政策課'],
      target: { value: '5000', fiscalYear: 'R8' },
      from: 'R7',
      reason: '中間見直し：⑫に代わる指標',
    });
    expect(added.statusCode, added.body).toBe(201);
    const retired = await post(`/api/plans/${planId}/kpis/${TWELFTH}/retirement`, admin, {
      from: 'R7',
      reason: '中間見直し：㉑に統合',
      replacedBy: '㉑',
    });
    expect(retired.statusCode, retired.body).toBe(201);
  }

  describe('a revision, a retirement and an addition from R7', () => {
    it('leave the published R5 report and its files as they were, for visitors and members', async () => {
      const { tenant, admin } = await setUp();
      const base = `/api/plans/${tenant.planId}`;
      // The report's figures, rates and counts; the plan's header counts its KPIs of today.
      const report = async (who?: SessionHeaders) => {
        const { plan: _today, ...rest } = (
          await get(`${base}/report?fy=R5`, who)
        ).json<PlanReportView>();
        return rest;
      };
      const readings = async () => ({
        public: await report(),
        member: await report(admin),
        csv: (await get(`${base}/exports/report?fy=R5&format=csv`)).body,
        tidy: (await get(`${base}/exports/report?fy=R5&format=csv&shape=tidy`)).body,
        seventh: (await get(`${base}/kpis/${SEVENTH}?fy=R5`)).json<KpiDetailView>().row,
      });
      const before = await readings();
      await midTermReview(tenant.planId, admin);
      const after = await readings();
      expect(after).toEqual(before);
      expect(after.seventh.rate).toBe('93%');
      expect(after.seventh.target?.value).toBe('264000');
    });

    it('give R7 the new plan and R6 the old one', async () => {
      const { tenant, admin } = await setUp();
      await midTermReview(tenant.planId, admin);
      const report = async (fy: string) =>
        (await get(`/api/plans/${tenant.planId}/report?fy=${fy}`, admin)).json<PlanReportView>();
      const r7 = await report('R7');
      const codes = r7.rows.map((r) => r.code);
      expect(codes).toContain('㉑');
      expect(codes).not.toContain('⑫');
      expect(r7.rows.find((r) => r.code === '⑦')?.target?.value).toBe('270000');
      expect(r7.rows.find((r) => r.code === '⑦')?.direction).toBe('decrease');
      const r6 = await report('R6');
      expect(r6.rows.map((r) => r.code)).toContain('⑫');
      expect(r6.rows.map((r) => r.code)).not.toContain('㉑');
      expect(r6.rows.find((r) => r.code === '⑦')?.target?.value).toBe('264000');
      // Nothing is reported for R6 yet: no KPI is rated with R5's figure.
      expect(r6.summary.withRate).toBe(0);
      expect(r6.rows.find((r) => r.code === '①')).toMatchObject({
        rate: null,
        noRateReason: 'not-reported',
      });
    });

    it('show each KPI’s life on its page: the definitions with their reasons, and the replacement both ways', async () => {
      const { tenant, admin } = await setUp();
      await midTermReview(tenant.planId, admin);
      const detail = async (code: string, fy: string) =>
        (
          await get(`/api/plans/${tenant.planId}/kpis/${encodeURIComponent(code)}?fy=${fy}`, admin)
        ).json<KpiDetailView>();
      const seventh = await detail('⑦', 'R5');
      expect(seventh.life.definitions.map((d) => [d.fromYear, d.target?.value, d.reason])).toEqual([
        [null, '264000', null],
        [2025, '270000', '中間見直し：解体計画の延期'],
      ]);
      // ⑫ asked for in R7, where it is no more, shows its last year.
      const twelfth = await detail('⑫', 'R7');
      expect(twelfth.fiscalYear).toBe(2024);
      expect(twelfth.life).toMatchObject({ until: 2025, replacedBy: '㉑' });
      expect((await detail('㉑', 'R7')).life).toMatchObject({ from: 2025, replaces: ['⑫'] });
    });

    it('open each year’s round with the KPIs of that year: ⑫ owes R6 and not R7, ㉑ the other way round', async () => {
      const { tenant, admin } = await setUp();
      await midTermReview(tenant.planId, admin);
      const codes = async (fy: string) => {
        const opened = await post(`/api/plans/${tenant.planId}/rounds`, admin, {
          fy,
          due: '2026-05-31',
        });
        expect(opened.statusCode, opened.body).toBe(201);
        const board = await get(`/api/plans/${tenant.planId}/rounds/${fy}`, admin);
        return new Set(board.json<RoundBoardView>().entries.map((e) => e.code));
      };
      const r6 = await codes('R6');
      expect(r6.has('⑫')).toBe(true);
      expect(r6.has('㉑')).toBe(false);
      const r7 = await codes('R7');
      expect(r7.has('⑫')).toBe(false);
      expect(r7.has('㉑')).toBe(true);
      expect(r7.has('⑦')).toBe(true);
    });

    it('are in the audit log, dated by the year they take effect, with their reasons', async () => {
      const { tenant, admin } = await setUp();
      await midTermReview(tenant.planId, admin);
      const rows = await getDb()
        .selectFrom('audit_log')
        .select(['action', 'kpi_code', 'fiscal_year', 'field', 'old_value', 'new_value'])
        .where('plan_id', '=', tenant.planId)
        .where('action', 'in', ['kpi.revise', 'kpi.retire'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => [r.action, r.kpi_code, r.fiscal_year, r.field])).toEqual([
        ['kpi.revise', '⑦', 2025, 'target'],
        ['kpi.revise', '⑦', 2025, 'reason'],
        ['kpi.retire', '⑫', 2025, 'retired'],
        ['kpi.retire', '⑫', 2025, 'replacedBy'],
        ['kpi.retire', '⑫', 2025, 'reason'],
      ]);
      expect(rows[0]?.new_value).toContain('270000');
    });
  });

  describe('what a plan edit may not do', () => {
    it('refuses a revision, retirement or addition reaching a published year, changing nothing', async () => {
      const { tenant, admin } = await setUp();
      const base = `/api/plans/${tenant.planId}`;
      const before = (await get(`${base}/report?fy=R5`, admin)).body;
      const attempts = [
        post(`${base}/kpis/${SEVENTH}/revisions`, admin, {
          from: 'R5',
          target: { value: '270000', fiscalYear: 'R8' },
          reason: '見直し',
        }),
        post(`${base}/kpis/${TWELFTH}/retirement`, admin, { from: 'R4', reason: '廃止' }),
        post(`${base}/kpis`, admin, {
          policyNumber: '3',
          themeNumber: '8',
          code: '㉑',
          title: '電子申請の利用件数',
          unit: '件',
          from: 'R5',
          reason: '追加',
        }),
        // Without a year at all, an addition would appear in every published year.
        post(`${base}/kpis`, admin, {
          policyNumber: '3',
          themeNumber: '8',
          code: '㉑',
          title: '電子申請の利用件数',
          unit: '件',
        }),
      ];
      for (const answer of await Promise.all(attempts)) {
        expect(answer.statusCode, answer.body).toBe(409);
        expect(answer.json()).toMatchObject({
          error: { code: 'conflict', details: { field: 'from' } },
        });
        expect(answer.json<{ error: { message: string } }>().error.message).toMatch(
          /R5.* published/,
        );
      }
      expect((await get(`${base}/report?fy=R5`, admin)).body).toBe(before);
      const changes = await getDb()
        .selectFrom('kpi_changes')
        .select('id')
        .where('plan_id', '=', tenant.planId)
        .execute();
      expect(changes).toEqual([]);
    });

    it('refuses a change without a reason, and a successor that is not in the plan that year', async () => {
      const { tenant, admin } = await setUp();
      const base = `/api/plans/${tenant.planId}`;
      const noReason = await post(`${base}/kpis/${SEVENTH}/revisions`, admin, {
        from: 'R7',
        target: { value: '270000', fiscalYear: 'R8' },
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json<{ error: { message: string } }>().error.message).toContain('reason');
      const unknown = await post(`${base}/kpis/${TWELFTH}/retirement`, admin, {
        from: 'R7',
        reason: '統合',
        replacedBy: '㉟',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({ error: { details: { field: 'replacedBy' } } });
    });

    it('corrects a published definition only with a reason, announced in the feed with 訂正前 → 訂正後', async () => {
      const { tenant, admin } = await setUp();
      const base = `/api/plans/${tenant.planId}`;
      const version = (await get(`${base}/kpis/${SEVENTH}`, admin)).json<KpiDetailView>().version;
      const target = { value: '265000', fiscalYear: 'R8' };
      const silent = await app.inject({
        method: 'PATCH',
        url: `${base}/kpis/${SEVENTH}`,
        headers: { ...admin },
        payload: { target, version },
      });
      expect(silent.statusCode).toBe(400);
      expect(silent.json()).toMatchObject({ error: { details: { field: 'reason' } } });
      const corrected = await app.inject({
        method: 'PATCH',
        url: `${base}/kpis/${SEVENTH}`,
        headers: { ...admin },
        payload: { target, version, reason: '目標値の転記誤り' },
      });
      expect(corrected.statusCode, corrected.body).toBe(200);
      const feed = (await get(`${base}/feed.atom`)).body;
      expect(feed).toContain('⑦ 令和5年度の目標値を訂正しました');
      expect(feed).toContain('訂正前：264,000（R8） → 訂正後：265,000（R8）');
      expect(feed).toContain('目標値の転記誤り');
    });
  });
});
