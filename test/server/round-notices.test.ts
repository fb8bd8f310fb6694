import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type {
  OutboxView,
  RoundBoardView,
  RoundSummaryView,
} from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);
const KIKAKU = { department: '企画課' };
const COMMENT = '延床面積の内訳（解体分）を取組内容に追記してください';

/*
 * Notices of the review (issue 21), over HTTP on both databases: a returned, reopened or
 * approved entry e-mails the editors of its department through the outbox (one e-mail per
 * editor and move, each return of a round its own), never another department's; a reopened
 * entry stays on the editor's list, also after the round closed, until approved again.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let municipalityId: number;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;
  let kikakuEmail: string;
  let johoEmail: string;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    municipalityId = tenant.municipality.id;
    admin = (await tenant.member({ role: 'admin' })).headers;
    const editor = await tenant.member({
      role: 'editor',
      departments: ['企画課'],
      name: '企画 太郎',
    });
    kikaku = editor.headers;
    kikakuEmail = editor.email;
    johoEmail = (await tenant.member({ role: 'editor', departments: ['情報政策課'] })).email;
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
  const move = (who: SessionHeaders, c: string, verb: string, extra: object = {}) =>
    ok(call(who, 'POST', `/rounds/R6/entries/${code(c)}/${verb}`, { ...KIKAKU, ...extra }));
  /** 企画課 enters and submits an entry: ⑦ 282,000 m² with why, the others 3. */
  const submit = async (c: string) => {
    const { version } = (await ok(
      call(kikaku, 'PUT', `/kpis/${code(c)}/figures/R6`, {
        value: c === '⑦' ? '282,000' : '3',
        department: null,
        version: await figureVersion(c),
      }),
    )) as { version: number };
    expect(version).toBeGreaterThan(0);
    await ok(
      call(kikaku, 'PUT', `/kpis/${code(c)}/narratives/R6`, {
        text: '取組を進めた',
        department: null,
        version: await narrativeVersion(c),
      }),
    );
    await writeSelfEvaluation(app, planId, kikaku, c, 'R6');
    await move(kikaku, c, 'submit');
  };
  const figureVersion = async (c: string) =>
    (
      await getDb()
        .selectFrom('year_figures')
        .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
        .select('year_figures.version')
        .where('kpis.plan_id', '=', planId)
        .where('kpis.code', '=', c)
        .where('year_figures.fiscal_year', '=', 2024)
        .where('year_figures.series', '=', 'actual')
        .executeTakeFirst()
    )?.version ?? 0;
  const narrativeVersion = async (c: string) =>
    (
      await getDb()
        .selectFrom('narratives')
        .innerJoin('kpis', 'kpis.id', 'narratives.kpi_id')
        .select('narratives.version')
        .where('kpis.plan_id', '=', planId)
        .where('kpis.code', '=', c)
        .where('narratives.fiscal_year', '=', 2024)
        .executeTakeFirst()
    )?.version ?? 0;
  /** The notices of entries (not the round's own e-mails), oldest first. */
  const notices = async () =>
    getDb()
      .selectFrom('outbox')
      .select(['kind', 'recipient', 'subject', 'body', 'round_id'])
      .where('municipality_id', '=', municipalityId)
      .where('kind', 'like', 'entry.%')
      .orderBy('id')
      .execute();

  it('e-mails a return to the department’s editor with the comment and the entry’s page', async () => {
    await submit('⑦');
    await move(admin, '⑦', 'return', { comment: COMMENT });
    const sent = await notices();
    expect(sent.map((m) => [m.kind, m.recipient])).toEqual([['entry.returned', kikakuEmail]]);
    const [mail] = sent;
    expect(mail?.subject).toMatch(/^【差戻し】.*令和6年度実績 ⑦ 公共施設の延べ床面積（企画課）$/);
    expect(mail?.body).toMatch(/^企画 太郎 様/);
    expect(mail?.body).toContain(`コメント:\n${COMMENT}`);
    expect(mail?.body).toContain(
      `/plans/${planId}/rounds/2024/entries/${code('⑦')}?department=${code('企画課')}`,
    );
    expect(sent.some((m) => m.recipient === johoEmail)).toBe(false);
    // The admin's outbox names the plan and year of the entry's round.
    const outbox = (await ok(
      app
        .inject({ method: 'GET', url: `/api/outbox?plan=${planId}`, headers: { ...admin } })
        .then((r) => ({ status: r.statusCode, body: r.json<OutboxView>() })),
    )) as OutboxView;
    expect(outbox.messages.find((m) => m.kind === 'entry.returned')).toMatchObject({
      planId,
      fiscalYear: 2024,
      recipient: kikakuEmail,
    });
  });

  it('e-mails each return of a round, and one approval of several entries at once', async () => {
    await submit('⑦');
    await move(admin, '⑦', 'return', { comment: COMMENT });
    await move(kikaku, '⑦', 'submit');
    await move(admin, '⑦', 'return', { comment: 'もう一度ご確認ください' });
    await move(kikaku, '⑦', 'submit');
    await submit('⑧');
    await ok(
      call(admin, 'POST', '/rounds/R6/approvals', {
        entries: [
          { code: '⑦', department: '企画課' },
          { code: '⑧', department: '企画課' },
        ],
      }),
    );
    const sent = await notices();
    expect(sent.map((m) => m.kind)).toEqual(['entry.returned', 'entry.returned', 'entry.approved']);
    expect(sent[1]?.body).toContain('もう一度ご確認ください');
    expect(sent[2]?.subject).toMatch(/^【承認】.*令和6年度実績 2件$/);
    expect(sent[2]?.body).toMatch(/・⑦ .*（企画課）\n・⑧ .*（企画課）/);
  });

  it('keeps a reopened entry on the editor’s list after the close until approved, and tells it', async () => {
    await submit('⑦');
    await move(admin, '⑦', 'approve');
    await ok(call(admin, 'POST', '/rounds/R6/close'));
    const rounds = async () =>
      ((await ok(call(kikaku, 'GET', '/rounds'))) as RoundSummaryView[]).find(
        (r) => r.fiscalYear === 2024,
      );
    const seven = async () =>
      ((await ok(call(kikaku, 'GET', '/rounds/R6'))) as RoundBoardView).entries.find(
        (e) => e.code === '⑦',
      );
    // Closed with nothing reopened: nothing owed, not even the entries never started.
    expect(await rounds()).toMatchObject({ state: 'closed', owed: 0, reopened: 0 });
    await move(admin, '⑦', 'reopen', { reason: '決算確定値で訂正' });
    expect(await rounds()).toMatchObject({ state: 'closed', owed: 1, reopened: 1 });
    expect(await seven()).toMatchObject({ state: 'draft', reopened: true, owed: true });
    const reopened = (await notices()).filter((m) => m.kind === 'entry.reopened');
    expect(reopened).toHaveLength(1);
    expect(reopened[0]?.body).toContain('再開の理由:\n決算確定値で訂正');
    await move(kikaku, '⑦', 'submit');
    expect(await rounds()).toMatchObject({ owed: 0, reopened: 1 });
    await move(admin, '⑦', 'approve');
    expect(await rounds()).toMatchObject({ owed: 0, reopened: 0 });
    expect((await notices()).map((m) => m.kind)).toEqual([
      'entry.approved',
      'entry.reopened',
      'entry.approved',
    ]);
  });
});
