import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { EntryFormView, RoundBoardView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);
const KIKAKU = { department: '企画課' };

/*
 * The reviewer sees what was submitted (issue 21), over HTTP on both databases: the board and
 * the entry page carry each entry's figure(s) as written, its narrative, the rate and grade
 * they give (⑦ 282,000 m² against 264,000: 94%, B), last year's figure beside them, and what
 * the department changed since a return; an editor reads its own departments' entries only.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;
  let johoseisaku: SessionHeaders;
  let viewer: SessionHeaders;
  let adminEmail: string;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    const planning = await tenant.member({ role: 'admin', name: '管理 一郎' });
    admin = planning.headers;
    adminEmail = planning.email;
    kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'], name: '企画 太郎' }))
      .headers;
    johoseisaku = (await tenant.member({ role: 'editor', departments: ['情報政策課'] })).headers;
    viewer = (await tenant.member({ role: 'viewer' })).headers;
    await ok(call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }), 201);
  });

  const call = (
    who: SessionHeaders,
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const ok = async (step: Promise<{ status: number; body?: unknown }>, status = 200) => {
    const answer = await step;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };
  const board = async (who: SessionHeaders = admin) =>
    (await ok(call(who, 'GET', '/rounds/R6'))) as RoundBoardView;
  const onBoard = async (c: string, who: SessionHeaders = admin, department = '企画課') =>
    (await board(who)).entries.find((e) => e.code === c && e.department === department);
  const figure = (c: string, value: string, version: number, series = 'actual') =>
    ok(
      call(kikaku, 'PUT', `/kpis/${code(c)}/figures/R6`, {
        value,
        department: null,
        version,
        series,
      }),
    ) as Promise<{ version: number }>;
  const narrative = (c: string, text: string, version = 0) =>
    ok(call(kikaku, 'PUT', `/kpis/${code(c)}/narratives/R6`, { text, department: null, version }));
  const move = (who: SessionHeaders, c: string, verb: string, extra: object = {}) =>
    ok(call(who, 'POST', `/rounds/R6/entries/${code(c)}/${verb}`, { ...KIKAKU, ...extra }));

  /** ⑦ as 企画課 submits it: 282,000 m² and why it is still above the target. */
  const submit7 = async () => {
    const saved = await figure('⑦', '282,000', 0);
    await narrative('⑦', '公共施設の統廃合を進めた');
    await writeSelfEvaluation(app, planId, kikaku, '⑦', 'R6');
    await move(kikaku, '⑦', 'submit');
    return saved.version;
  };

  it('carries ⑦’s submitted figure, narrative, 94% and B, and R5’s 283179 beside them', async () => {
    await submit7();
    const entry = await onBoard('⑦');
    expect(entry?.state).toBe('submitted');
    expect(entry?.submission).toEqual({
      figure: '282000',
      cumulative: null,
      narrative: '公共施設の統廃合を進めた',
      unit: 'm²',
      rate: '94%',
      grade: 'B',
      previous: { fiscalYear: 2023, figure: '283179' },
      changesSinceReturn: null,
    });
    // An entry with nothing in it: last year's figure, no figure and no rate (not 0%).
    expect((await onBoard('⑧'))?.submission).toMatchObject({
      figure: null,
      narrative: null,
      rate: null,
      grade: null,
    });
  });

  it('carries ⑩’s yearly and cumulative figures and the cumulative rate they give', async () => {
    await figure('⑩', '1', 0);
    await figure('⑩', '4', 0, 'cumulative');
    const entry = await onBoard('⑩');
    expect(entry?.state).toBe('draft');
    // ⑩ counts its cumulative row, baseline included: 4 of 7 = 57%.
    expect(entry?.submission).toMatchObject({ figure: '1', cumulative: '4', rate: '57%' });
  });

  it('names what the department changed after a return, and nothing it left as it was', async () => {
    const version = await submit7();
    await move(admin, '⑦', 'return', { comment: '前年度からの削減内容を確認してください' });
    expect((await onBoard('⑦'))?.submission.changesSinceReturn).toEqual([]);
    await figure('⑦', '281,500', version);
    await move(kikaku, '⑦', 'submit');
    expect((await onBoard('⑦'))?.submission).toMatchObject({
      figure: '281500',
      narrative: '公共施設の統廃合を進めた',
      changesSinceReturn: [{ field: 'figure', before: '282000', after: '281500' }],
    });
  });

  it('shows an editor its own entries with what it entered, and never another department’s', async () => {
    await submit7();
    expect((await onBoard('⑦', kikaku))?.submission.figure).toBe('282000');
    const other = await board(johoseisaku);
    expect(other.entries.some((e) => e.department === '企画課')).toBe(false);
    expect(JSON.stringify(other)).not.toContain('282000');
    // A viewer of the municipality reads the board whole.
    expect((await onBoard('⑦', viewer))?.submission.figure).toBe('282000');
  });

  it('gives the entry page what was submitted, read-only, to the editor and the admin', async () => {
    await submit7();
    const path = `/rounds/R6/entries/${code('⑦')}?department=${encodeURIComponent('企画課')}`;
    for (const who of [kikaku, admin]) {
      const form = (await ok(call(who, 'GET', path))) as EntryFormView;
      expect(form.editable).toBe(false);
      expect(form.submission).toMatchObject({
        figure: '282000',
        narrative: '公共施設の統廃合を進めた',
        rate: '94%',
        grade: 'B',
      });
    }
    expect((await call(johoseisaku, 'GET', path)).status).toBe(403);
  });

  it('names people by their account’s name, e-mail addresses only for admins', async () => {
    await submit7();
    await move(admin, '⑦', 'return', { comment: '内訳を追記してください' });
    const seen = await onBoard('⑦', kikaku);
    expect(seen?.updatedBy).toBe('管理 一郎');
    expect(seen?.comments).toMatchObject([{ author: '管理 一郎', text: '内訳を追記してください' }]);
    const path = `/rounds/R6/entries/${code('⑦')}?department=${encodeURIComponent('企画課')}`;
    const form = (await ok(call(kikaku, 'GET', path))) as EntryFormView;
    expect(form.entry.comments[0]?.author).toBe('管理 一郎');
    // ⑦'s history: the editor and the viewer read names, the admin also the e-mail.
    const changes = async (who: SessionHeaders) =>
      (
        (await ok(call(who, 'GET', `/kpis/${code('⑦')}?fy=R6`))) as {
          changes: { actor: string; actorName: string | null; action: string }[];
        }
      ).changes;
    for (const reader of [kikaku, viewer]) {
      const history = await changes(reader);
      expect(history.map((c) => c.action)).toContain('entry.return');
      expect(JSON.stringify(history)).not.toMatch(/@/);
      expect(history.find((c) => c.action === 'entry.return')?.actor).toBe('管理 一郎');
    }
    expect((await changes(admin)).find((c) => c.action === 'entry.return')).toMatchObject({
      actor: adminEmail,
      actorName: '管理 一郎',
    });
  });

  it('names who published a year by name to everyone but admins, and who opened the round', async () => {
    await ok(call(admin, 'POST', '/rounds/R6/close'));
    await ok(call(admin, 'PUT', '/publications/R6', { published: true }));
    const publishedBy = async (who: SessionHeaders | undefined) => {
      const answer = await planCall(app, planId, who, 'GET', '/publications');
      return (answer.body as { fiscalYear: number; publishedBy: string }[]).find(
        (p) => p.fiscalYear === 2024,
      )?.publishedBy;
    };
    expect(await publishedBy(undefined)).toBe('管理 一郎');
    expect(await publishedBy(viewer)).toBe('管理 一郎');
    expect(await publishedBy(admin)).toBe(adminEmail);
    expect((await board(kikaku)).round).toMatchObject({
      openedBy: '管理 一郎',
      closedBy: '管理 一郎',
    });
  });
});
