import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshMunicipality, freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { memberSession } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);

interface Board {
  round: { fiscalYear: number; dueDate: string; state: string };
  departments: { department: string; counts: Record<string, number>; overdue: number }[];
  entries: {
    code: string;
    department: string;
    state: string;
    reopened: boolean;
    overdue: boolean;
    comments: { kind: string; text: string; author: string }[];
    actions: string[];
  }[];
}

/** Where a test's entry of 企画課 stands before the test acts on it. */
type Reached = 'draft' | 'submitted' | 'returned' | 'approved';

/** What the 企画課 editor enters: ⑦ 282,000 m² is projected to miss its target, so it says why. */
const FIGURE: Readonly<Record<string, string>> = { '⑦': '282,000' };
const NARRATIVE: Readonly<Record<string, string>> = { '⑦': '公共施設の統廃合を進めた' };
const RETURN_COMMENT = '前年度からの削減内容を確認してください';
const KIKAKU = { department: '企画課' };

/*
 * The R6 collection round of the Yuzawa plan, over HTTP, on both databases: the admin opens
 * it, 企画課 enters ⑦ (282,000 m²) and submits, the admin returns it with a comment, the
 * editor fixes and resubmits, the admin approves, closes the year, and reopens ⑦ with a
 * reason. Every refusal on the way leaves the data as it was. Each test starts from a
 * municipality and plan of its own and brings the round where it needs it (roundWith).
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let editor: SessionHeaders;
  let editorEmail: string;
  let otherEditor: SessionHeaders;
  let viewer: SessionHeaders;
  let municipalityId: number;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // The round's opening e-mails go to the editors of the municipality, so they come first.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    municipalityId = tenant.municipality.id;
    admin = (await tenant.member({ role: 'admin' })).headers;
    const kikaku = await tenant.member({
      role: 'editor',
      departments: ['企画課'],
      name: '企画 太郎',
    });
    editorEmail = kikaku.email;
    editor = kikaku.headers;
    otherEditor = (await tenant.member({ role: 'editor', departments: ['情報政策課'] })).headers;
    viewer = (await tenant.member({ role: 'viewer' })).headers;
  });

  const call = (
    who: SessionHeaders | undefined,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    payload?: object,
  ) => planCall<Record<string, unknown>>(app, planId, who, method, path, payload);
  const board = async (who: SessionHeaders = admin) =>
    (await call(who, 'GET', '/rounds/R6')).body as unknown as Board;
  const entryOf = async (c: string, department = '企画課') =>
    (await board()).entries.find((e) => e.code === c && e.department === department);
  /** Everything a refusal must leave as it was. */
  const data = async () => ({
    rounds: await getDb().selectFrom('rounds').selectAll().orderBy('id').execute(),
    entries: await getDb().selectFrom('round_entries').selectAll().orderBy('id').execute(),
    comments: await getDb().selectFrom('entry_comments').selectAll().orderBy('id').execute(),
    figures: await getDb().selectFrom('year_figures').selectAll().orderBy('id').execute(),
    narratives: await getDb().selectFrom('narratives').selectAll().orderBy('id').execute(),
    audit: await getDb().selectFrom('audit_log').select('id').orderBy('id').execute(),
    outbox: await getDb().selectFrom('outbox').selectAll().orderBy('id').execute(),
  });
  const refusedUnchanged = async (
    attempt: () => Promise<{ status: number; body?: Record<string, unknown> | undefined }>,
    status: number,
    message?: RegExp,
  ) => {
    const before = await data();
    const answer = await attempt();
    expect(answer.status).toBe(status);
    if (message) expect(JSON.stringify(answer.body)).toMatch(message);
    expect(await data()).toEqual(before);
  };
  const saveFigure = (who: SessionHeaders, c: string, value: string, version: number) =>
    call(who, 'PUT', `/kpis/${code(c)}/figures/R6`, { value, department: null, version });
  const saveNarrative = (who: SessionHeaders, c: string, text: string, version = 0) =>
    call(who, 'PUT', `/kpis/${code(c)}/narratives/R6`, { text, department: null, version });
  const move = (
    who: SessionHeaders,
    c: string,
    action: 'submit' | 'approve' | 'return' | 'reopen',
    extra: object = {},
  ) => call(who, 'POST', `/rounds/R6/entries/${code(c)}/${action}`, { ...KIKAKU, ...extra });
  const figureVersion = async (c: string) =>
    (await getDb()
      .selectFrom('year_figures')
      .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
      .select(['year_figures.version', 'year_figures.state'])
      .where('kpis.code', '=', c)
      .where('kpis.plan_id', '=', planId)
      .where('year_figures.fiscal_year', '=', 2024)
      .where('year_figures.series', '=', 'actual')
      .executeTakeFirst()) ?? { version: 0, state: undefined };

  /** Each step of the setting up must succeed, or the test would start from the wrong place. */
  const ok = async (step: Promise<{ status: number }>, status = 200) =>
    expect((await step).status).toBe(status);
  const openR6 = () => ok(call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }), 201);
  /** Brings a 企画課 entry of the open round to a state, as the editor and the admin would. */
  const bring = async (c: string, state: Reached) => {
    await ok(saveFigure(editor, c, FIGURE[c] ?? '3', (await figureVersion(c)).version));
    if (state === 'draft') return;
    await ok(saveNarrative(editor, c, NARRATIVE[c] ?? '取組を進めた'));
    await writeSelfEvaluation(app, planId, editor, c, 'R6');
    await ok(move(editor, c, 'submit'));
    if (state === 'returned') await ok(move(admin, c, 'return', { comment: RETURN_COMMENT }));
    if (state === 'approved') await ok(move(admin, c, 'approve'));
  };
  /**
   * Opens the R6 round (due 2025-05-31) of the test's plan with 企画課's entries where named,
   * closed if asked: e.g. roundWith({ '⑦': 'approved' }, { closed: true }).
   */
  const roundWith = async (
    states: Readonly<Record<string, Reached>> = {},
    { closed = false } = {},
  ) => {
    await openR6();
    for (const [c, state] of Object.entries(states)) await bring(c, state);
    if (closed) await ok(call(admin, 'POST', '/rounds/R6/close'));
  };

  describe('before the round', () => {
    it('refuses an editor’s figure for a year with no round (403), changing nothing', async () => {
      await refusedUnchanged(() => saveFigure(editor, '⑦', '282,000', 0), 403, /照会/);
    });

    it('opens only for an admin, with a real due date', async () => {
      await refusedUnchanged(
        () => call(editor, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }),
        403,
      );
      await refusedUnchanged(
        () => call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-02-30' }),
        400,
      );
      await refusedUnchanged(() => call(undefined, 'GET', '/rounds/R6'), 401);
      await refusedUnchanged(() => call(admin, 'GET', '/rounds/R6'), 404);
    });
  });

  describe('the round', () => {
    it('opens with an entry per KPI × responsible department, once', async () => {
      const opened = await call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({
        round: { fiscalYear: 2024, dueDate: '2025-05-31', state: 'open' },
      });
      const kpiDepartments = await getDb()
        .selectFrom('kpi_departments')
        .innerJoin('kpis', 'kpis.id', 'kpi_departments.kpi_id')
        .select('kpis.id')
        .where('kpis.plan_id', '=', planId)
        .execute();
      expect(opened.body?.entries).toBe(kpiDepartments.length);
      await refusedUnchanged(
        () => call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-06-30' }),
        409,
      );
    });

    it('queues one e-mail per editor owing entries, listing them, in the opening’s transaction', async () => {
      await openR6();
      const outbox = await getDb()
        .selectFrom('outbox')
        .select(['recipient', 'kind', 'subject', 'body', 'sent_at'])
        .where('municipality_id', '=', municipalityId)
        .orderBy('id')
        .execute();
      // The 企画課 editor and the 情報政策課 editor; the viewer and the admin owe nothing.
      expect(outbox).toHaveLength(2);
      const mail = outbox.find((m) => m.recipient === editorEmail);
      expect(mail).toMatchObject({
        kind: 'round.open',
        sent_at: null,
        subject: `【照会】${DEMO_PLAN_NAME} 令和6年度実績の入力のお願い（期限 2025-05-31）`,
      });
      expect(mail?.body).toMatch(/^企画 太郎 様/);
      expect(mail?.body.match(/^・(.)/gmu)?.map((l) => l.slice(1))).toEqual([
        '⑦',
        '⑧',
        '⑨',
        '⑩',
        '⑪',
        '⑫',
      ]);
      expect(mail?.body).toContain(`/plans/${planId}/rounds/2024`);
    });

    it('shows an editor the entries of its own departments only (企画課: ⑦–⑫), a viewer all', async () => {
      await roundWith();
      const own = await board(editor);
      expect(own.entries.map((e) => e.code)).toEqual(['⑦', '⑧', '⑨', '⑩', '⑪', '⑫']);
      expect(own.entries.every((e) => e.state === 'not_started')).toBe(true);
      expect(own.departments.map((d) => d.department)).toEqual(['企画課']);
      const all = await board(viewer);
      expect(all.departments.length).toBeGreaterThan(3);
      expect(all.entries.some((e) => e.department === '情報政策課')).toBe(true);
    });

    it('makes a saved figure a draft of its entry', async () => {
      await roundWith();
      const saved = await saveFigure(editor, '⑦', '282,000', 0);
      expect(saved).toMatchObject({ status: 200, body: { state: 'draft', value: '282000' } });
      expect(await entryOf('⑦')).toMatchObject({ state: 'draft' });
    });

    it('refuses another department’s editor, and an editor approving or returning', async () => {
      await roundWith({ '⑦': 'draft' });
      await refusedUnchanged(() => move(otherEditor, '⑦', 'submit'), 403);
      const { version } = await figureVersion('⑦');
      await refusedUnchanged(() => saveFigure(otherEditor, '⑦', '1', version), 403);
      await refusedUnchanged(() => move(editor, '⑦', 'approve'), 403);
      await refusedUnchanged(() => move(editor, '⑦', 'return', { comment: 'x' }), 403);
    });

    it('lets a department of ⑰ enter its own row only, not the KPI row of its first department', async () => {
      await roundWith();
      // ⑰: 総務課, 情報政策課, 上下水道課; the editor of 情報政策課 owes its own row.
      const put = (department: string | null) =>
        call(otherEditor, 'PUT', `/kpis/${code('⑰')}/figures/R6`, {
          value: '0',
          department,
          version: 0,
        });
      await refusedUnchanged(() => put(null), 403, /総務課/);
      expect((await put('情報政策課')).status).toBe(200);
      expect(await entryOf('⑰', '情報政策課')).toMatchObject({ state: 'draft' });
      expect(await entryOf('⑰', '総務課')).toMatchObject({ state: 'not_started' });
    });

    it('refuses to approve a draft or submit an entry with nothing in it (409)', async () => {
      await roundWith({ '⑦': 'draft' });
      await refusedUnchanged(
        () => move(admin, '⑦', 'approve'),
        409,
        /提出済みの入力だけを承認できます/,
      );
      await refusedUnchanged(() => move(editor, '⑧', 'submit'), 409, /まだ何も入力されていません/);
    });

    it('refuses to submit ⑦ projected to miss its target without a narrative saying why (409)', async () => {
      await roundWith({ '⑦': 'draft' });
      await refusedUnchanged(() => move(editor, '⑦', 'submit'), 409, /取組内容/);
    });

    it('refuses to submit ⑦ without its self-evaluation (一次評価), naming it (409)', async () => {
      await roundWith({ '⑦': 'draft' });
      expect((await saveNarrative(editor, '⑦', '公共施設の統廃合を進めた')).status).toBe(200);
      await refusedUnchanged(() => move(editor, '⑦', 'submit'), 409, /一次評価/);
    });

    it('submits, and a submitted entry takes no more saves', async () => {
      await roundWith({ '⑦': 'draft' });
      expect((await saveNarrative(editor, '⑦', '公共施設の統廃合を進めた')).status).toBe(200);
      await writeSelfEvaluation(app, planId, editor, '⑦', 'R6');
      const submitted = await move(editor, '⑦', 'submit');
      expect(submitted).toMatchObject({ status: 200, body: { code: '⑦', state: 'submitted' } });
      expect(await figureVersion('⑦')).toMatchObject({ state: 'submitted' });
      const { version } = await figureVersion('⑦');
      await refusedUnchanged(() => saveFigure(editor, '⑦', '282,500', version), 409, /提出済み/);
      // The board offers each reader what it may do now: the admin approves or returns, the
      // editor nothing more on ⑦, while its ⑧ (a draft) is still its to save and submit.
      const actionsOf = async (who: SessionHeaders, c: string) =>
        (await board(who)).entries.find((e) => e.code === c)?.actions;
      expect(await actionsOf(admin, '⑦')).toEqual(['approve', 'return']);
      expect(await actionsOf(editor, '⑦')).toEqual([]);
      expect(await actionsOf(editor, '⑧')).toEqual(['save']);
    });

    it('returns with a comment the editor reads; a return without one is refused', async () => {
      await roundWith({ '⑦': 'submitted' });
      await refusedUnchanged(() => move(admin, '⑦', 'return', { comment: ' ' }), 400);
      const returned = await move(admin, '⑦', 'return', { comment: RETURN_COMMENT });
      expect(returned).toMatchObject({ status: 200, body: { state: 'returned' } });
      const seen = (await board(editor)).entries.find((e) => e.code === '⑦');
      expect(seen?.comments).toMatchObject([{ kind: 'return', text: RETURN_COMMENT }]);
    });

    it('takes the fix, the second submission and the approval; the figure is approved', async () => {
      await roundWith({ '⑦': 'returned' });
      const { version } = await figureVersion('⑦');
      expect((await saveFigure(editor, '⑦', '282,000', version)).status).toBe(200);
      expect(await entryOf('⑦')).toMatchObject({ state: 'draft' });
      expect((await move(editor, '⑦', 'submit')).status).toBe(200);
      const approved = await move(admin, '⑦', 'approve');
      expect(approved).toMatchObject({ status: 200, body: { state: 'approved' } });
      expect(await figureVersion('⑦')).toMatchObject({ state: 'approved' });
      const { version: after } = await figureVersion('⑦');
      await refusedUnchanged(() => saveFigure(editor, '⑦', '1', after), 409, /承認済み/);
    });

    it('approves several at once, all or none', async () => {
      await roundWith({ '⑧': 'submitted', '⑨': 'submitted' });
      // ⑩ is not started: the whole request is refused, ⑧ and ⑨ stay submitted.
      await refusedUnchanged(
        () =>
          call(admin, 'POST', '/rounds/R6/approvals', {
            entries: [
              { code: '⑧', department: '企画課' },
              { code: '⑩', department: '企画課' },
            ],
          }),
        409,
      );
      expect(await entryOf('⑧')).toMatchObject({ state: 'submitted' });
      const both = await call(admin, 'POST', '/rounds/R6/approvals', {
        entries: [
          { code: '⑧', department: '企画課' },
          { code: '⑨', department: '企画課' },
        ],
      });
      expect(both.status).toBe(200);
      expect(both.body).toMatchObject([{ state: 'approved' }, { state: 'approved' }]);
    });

    it('is not there for another municipality’s members (404), changing nothing', async () => {
      await roundWith({ '⑦': 'submitted' });
      const elsewhere = await freshMunicipality(getDb(), '横手市');
      const otherAdmin = (await memberSession(getHandle(), elsewhere, { role: 'admin' })).headers;
      const otherKikaku = (
        await memberSession(getHandle(), elsewhere, { role: 'editor', departments: ['企画課'] })
      ).headers;
      await refusedUnchanged(() => call(otherAdmin, 'GET', '/rounds/R6'), 404);
      await refusedUnchanged(() => call(otherAdmin, 'POST', '/rounds/R6/close'), 404);
      await refusedUnchanged(() => move(otherAdmin, '⑦', 'return', { comment: 'x' }), 404);
      await refusedUnchanged(() => saveFigure(otherKikaku, '⑩', '4', 0), 404);
      await refusedUnchanged(() => move(otherKikaku, '⑩', 'submit'), 404);
    });

    it('counts per department on the board, overdue after the due date', async () => {
      await roundWith({ '⑦': 'approved', '⑧': 'approved', '⑨': 'approved' });
      const line = (await board()).departments.find((d) => d.department === '企画課');
      expect(line?.counts).toMatchObject({ approved: 3, not_started: 3 });
      // Due 2025-05-31 and read later: what is still owed is overdue, what is approved is not.
      expect(line?.overdue).toBe(3);
      const entries = (await board()).entries.filter((e) => e.department === '企画課');
      expect(entries.filter((e) => e.overdue).map((e) => e.code)).toEqual(['⑩', '⑪', '⑫']);
    });
  });

  describe('after the round closes', () => {
    it('closes for an admin only, once', async () => {
      await roundWith({ '⑦': 'approved' });
      await refusedUnchanged(() => call(editor, 'POST', '/rounds/R6/close'), 403);
      const closed = await call(admin, 'POST', '/rounds/R6/close');
      expect(closed).toMatchObject({ status: 200, body: { state: 'closed' } });
      await refusedUnchanged(() => call(admin, 'POST', '/rounds/R6/close'), 409);
    });

    it('locks the year for editors and admins alike (409), changing nothing', async () => {
      await roundWith({ '⑦': 'approved' }, { closed: true });
      await refusedUnchanged(() => saveFigure(editor, '⑩', '4', 0), 409, /締め切られた/);
      await refusedUnchanged(() => saveFigure(admin, '⑩', '4', 0), 409, /締め切られた/);
      await refusedUnchanged(() => move(admin, '⑦', 'reopen', { reason: '' }), 400);
      // A closed year offers the admin a reopen only, the editor nothing.
      const seventh = async (who: SessionHeaders) =>
        (await board(who)).entries.find((e) => e.code === '⑦')?.actions;
      expect(await seventh(admin)).toEqual(['reopen']);
      expect(await seventh(editor)).toEqual([]);
    });

    it('reopens an approved entry with a reason; the editor corrects it; approval locks it again', async () => {
      await roundWith({ '⑦': 'approved' }, { closed: true });
      const reopened = await move(admin, '⑦', 'reopen', { reason: '決算確定値で訂正' });
      expect(reopened).toMatchObject({ status: 200, body: { state: 'draft', reopened: true } });
      const { version } = await figureVersion('⑦');
      expect((await saveFigure(editor, '⑦', '281,900', version)).status).toBe(200);
      expect((await move(editor, '⑦', 'submit')).status).toBe(200);
      expect(await move(admin, '⑦', 'approve')).toMatchObject({
        status: 200,
        body: { state: 'approved', reopened: false },
      });
      const { version: after } = await figureVersion('⑦');
      await refusedUnchanged(() => saveFigure(editor, '⑦', '1', after), 409, /締め切られた/);
    });

    it('leaves every move in the audit log, with the comment and the reason', async () => {
      // The whole story of ⑦: returned once, approved, the year closed, reopened and approved.
      await roundWith({ '⑦': 'returned' });
      await ok(saveFigure(editor, '⑦', '282,000', (await figureVersion('⑦')).version));
      await ok(move(editor, '⑦', 'submit'));
      await ok(move(admin, '⑦', 'approve'));
      await ok(call(admin, 'POST', '/rounds/R6/close'));
      await ok(move(admin, '⑦', 'reopen', { reason: '決算確定値で訂正' }));
      await ok(saveFigure(editor, '⑦', '281,900', (await figureVersion('⑦')).version));
      await ok(move(editor, '⑦', 'submit'));
      await ok(move(admin, '⑦', 'approve'));
      const entries = await getDb()
        .selectFrom('audit_log')
        .select(['action', 'kpi_code', 'field', 'old_value', 'new_value'])
        .where('plan_id', '=', planId)
        .where('fiscal_year', '=', 2024)
        .where((eb) => eb.or([eb('entity', '=', 'round'), eb('entity', '=', 'entry')]))
        .where((eb) => eb.or([eb('kpi_code', '=', '⑦'), eb('kpi_code', 'is', null)]))
        .orderBy('id')
        .execute();
      expect(entries.map((e) => `${e.action} ${e.old_value ?? ''}→${e.new_value ?? ''}`)).toEqual([
        'round.open →2025-05-31',
        'entry.save not_started→draft',
        'entry.submit draft→submitted',
        'entry.return submitted→returned: 前年度からの削減内容を確認してください',
        'entry.save returned→draft',
        'entry.submit draft→submitted',
        'entry.approve submitted→approved',
        'round.close open→closed',
        'entry.reopen approved→draft: 決算確定値で訂正',
        'entry.submit draft→submitted',
        'entry.approve submitted→approved',
      ]);
    });
  });
});
