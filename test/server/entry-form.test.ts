import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { EntryFormView, RoundSummaryView } from '../../src/domain/api-contract.ts';
import { listAudit } from '../../src/db/audit-repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);

/*
 * The entry form of the R6 round over HTTP, on both databases: what an editor of 企画課 reads
 * beside ⑦'s field, its own draft in place, another department's entry refused, a cumulative
 * figure saved beside ⑩'s yearly one, and the plan's rounds with what each reader owes.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;
  let johoseisaku: SessionHeaders;

  const call = (
    who: SessionHeaders | undefined,
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const form = async (who: SessionHeaders, c: string, department: string) => {
    const answer = await call(
      who,
      'GET',
      `/rounds/R6/entries/${code(c)}?department=${encodeURIComponent(department)}`,
    );
    return { status: answer.status, body: answer.body as EntryFormView };
  };

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test on a round of its own: a fresh plan, R6 opened, 企画課's ⑦ a draft of 282,000.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    johoseisaku = (await tenant.member({ role: 'editor', departments: ['情報政策課'] })).headers;
    const opened = await call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' });
    expect(opened.status).toBe(201);
    const saved = await call(kikaku, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
      value: '282,000',
      department: null,
      version: 0,
    });
    expect(saved.status).toBe(200);
  });

  it('gives the editor ⑦’s form: its baseline, target, R3–R5 figures, last narrative and its draft', async () => {
    const { status, body } = await form(kikaku, '⑦', '企画課');
    expect(status).toBe(200);
    expect(body.entry).toMatchObject({ code: '⑦', department: '企画課', state: 'draft' });
    expect(body.round).toEqual({ fiscalYear: 2024, dueDate: '2025-05-31', state: 'open' });
    expect(body.slotDepartment).toBeNull();
    expect(body.editable).toBe(true);
    expect(body.kpi).toMatchObject({
      unit: 'm²',
      direction: 'decrease',
      baseline: { value: '299963' },
      target: { value: '264000' },
    });
    expect(body.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2021, '296121'],
      [2022, '285615'],
      [2023, '283179'],
      [2024, '282000'],
    ]);
    expect(body.figure).toMatchObject({ text: '282000', state: 'draft', version: 1 });
    expect(body.narrative).toBeNull();
    expect(body.previousNarrative?.fiscalYear).toBe(2023);
    expect(body.previousNarrative?.text.length).toBeGreaterThan(10);
    expect(body.gradeScale).toEqual({ labels: ['A', 'B', 'C', 'D'], cuts: [100, 80, 60] });
  });

  it('refuses another department’s entry to an editor (403), not to the admin', async () => {
    expect((await form(johoseisaku, '⑦', '企画課')).status).toBe(403);
    const asAdmin = await form(admin, '⑦', '企画課');
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.editable).toBe(true);
  });

  it('hides a draft of another entry from the KPI it shows: ⑰ 総務課 sees 情報政策課’s R6 row as not there', async () => {
    const saved = await call(johoseisaku, 'PUT', `/kpis/${code('⑰')}/figures/R6`, {
      value: '1',
      department: '情報政策課',
      version: 0,
    });
    expect(saved.status).toBe(200);
    const mine = await form(johoseisaku, '⑰', '情報政策課');
    expect(mine.body.slotDepartment).toBe('情報政策課');
    const row = (view: EntryFormView, department: string) =>
      view.kpi.departmentActuals.find((d) => d.department === department)?.actuals ?? [];
    expect(row(mine.body, '情報政策課').some((a) => a.fiscalYear === 2024)).toBe(true);
    const other = await form(admin, '⑰', '総務課');
    expect(row(other.body, '情報政策課').some((a) => a.fiscalYear === 2024)).toBe(false);
  });

  it('answers 404 for an entry, a round or a plan that is not there', async () => {
    expect((await form(kikaku, '⑦', '税務課')).status).toBe(403);
    expect((await form(admin, '⑦', '税務課')).status).toBe(404);
    const noRound = await call(kikaku, 'GET', `/rounds/R7/entries/${code('⑦')}?department=企画課`);
    expect(noRound.status).toBe(404);
    const signedOut = await call(
      undefined,
      'GET',
      `/rounds/R6/entries/${code('⑦')}?department=企画課`,
    );
    expect(signedOut.status).toBe(401);
  });

  it('refuses a figure for a department the KPI does not have (404), storing and logging nothing', async () => {
    const before = await listAudit(getDb(), { planId, kpiCode: '⑦', limit: 100 });
    const refused = await call(admin, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
      value: '1',
      department: '税務課',
      version: 0,
    });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining('税務課') } });
    expect(await listAudit(getDb(), { planId, kpiCode: '⑦', limit: 100 })).toEqual(before);
    const { body } = await form(admin, '⑦', '企画課');
    expect(body.figure?.text).toBe('282000');
  });

  it('saves ⑩’s printed cumulative figure beside its yearly one, each in its own series', async () => {
    const yearly = await call(kikaku, 'PUT', `/kpis/${code('⑩')}/figures/R6`, {
      value: '1',
      department: null,
      version: 0,
    });
    const total = await call(kikaku, 'PUT', `/kpis/${code('⑩')}/figures/R6`, {
      value: '4',
      department: null,
      series: 'cumulative',
      version: 0,
    });
    expect([yearly.status, total.status]).toEqual([200, 200]);
    const { body } = await form(kikaku, '⑩', '企画課');
    expect(body.figure?.text).toBe('1');
    expect(body.cumulative?.text).toBe('4');
    expect(body.kpi.cumulativeActuals.find((c) => c.fiscalYear === 2024)?.figure.value).toBe('4');
  });

  it('lists the plan’s rounds with what each reader owes', async () => {
    const mine = (await call(kikaku, 'GET', '/rounds')).body as RoundSummaryView[];
    expect(mine).toEqual([
      { fiscalYear: 2024, dueDate: '2025-05-31', state: 'open', owed: 6, reopened: 0, total: 6 },
    ]);
    const all = (await call(admin, 'GET', '/rounds')).body as RoundSummaryView[];
    expect(all[0]?.total).toBeGreaterThan(20);
    expect((await call(undefined, 'GET', '/rounds')).status).toBe(401);
  });

  it('shows an editor its own departments’ drafts only, asked for or not; the admin and a viewer all', async () => {
    interface Counted {
      rows: { code: string; rate: string | null }[];
      drafts: { code: string; fiscalYear: number }[];
    }
    const report = async (who: SessionHeaders) =>
      (await call(who, 'GET', '/report?fy=R6&drafts=1')).body as Counted;
    const sevenRate = (r: Counted) => r.rows.find((row) => row.code === '⑦')?.rate;
    // 企画課's ⑦ draft: counted for 企画課 and the admin, not for 情報政策課.
    expect(sevenRate(await report(kikaku))).toBe('94%');
    expect((await report(kikaku)).drafts.map((d) => d.code)).toEqual(['⑦']);
    expect(sevenRate(await report(admin))).toBe('94%');
    const other = await report(johoseisaku);
    expect(other.drafts).toEqual([]);
    expect(sevenRate(other)).not.toBe('94%');
    // ⑦'s page lists the draft in its history for 企画課 only.
    const history = async (who: SessionHeaders) =>
      (
        (await call(who, 'GET', `/kpis/${code('⑦')}?fy=R5&drafts=1`)).body as {
          figures: { fiscalYear: number; state: string }[];
        }
      ).figures.filter((f) => f.fiscalYear === 2024);
    expect(await history(kikaku)).toMatchObject([{ state: 'draft' }]);
    expect(await history(johoseisaku)).toEqual([]);
    expect(await history(admin)).toHaveLength(1);
  });
});
