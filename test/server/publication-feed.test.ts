import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);
const KIKAKU = { department: '企画課' };

/*
 * Publishing (issue 13): a year is published once its round is done, withdrawn only with a
 * reason; both are in the audit log and in the plan's Atom feed, which also tells of every
 * published figure corrected — and never of a draft.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let editor: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
  });

  const call = (
    who: SessionHeaders | undefined,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const ok = async (step: Promise<{ status: number; body?: unknown }>, status = 200) => {
    const answer = await step;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  };
  const feed = async (who?: SessionHeaders) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/feed.atom`,
      headers: { ...who },
    });
    return response;
  };
  const figureVersion = async (c: string, year: number) =>
    (
      await getDb()
        .selectFrom('year_figures')
        .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
        .select('year_figures.version')
        .where('kpis.code', '=', c)
        .where('kpis.plan_id', '=', planId)
        .where('year_figures.fiscal_year', '=', year)
        .where('year_figures.series', '=', 'actual')
        .where('year_figures.department_id', 'is', null)
        .executeTakeFirst()
    )?.version ?? 0;
  const published = async () =>
    (await call(undefined, 'GET', '/publications')).body as { fiscalYear: number }[];
  const auditOf = async (action: string) =>
    getDb()
      .selectFrom('audit_log')
      .select(['fiscal_year', 'old_value', 'new_value'])
      .where('plan_id', '=', planId)
      .where('action', '=', action)
      .execute();
  /** ⑦ of R6 entered by 企画課 and submitted. */
  const submitR6 = async () => {
    await ok(
      call(editor, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
        value: '282,000',
        department: null,
        version: 0,
      }),
    );
    await ok(
      call(editor, 'PUT', `/kpis/${code('⑦')}/narratives/R6`, {
        text: '旧雄勝庁舎を解体した。',
        department: null,
        version: 0,
      }),
    );
    await writeSelfEvaluation(app, planId, editor, '⑦', 'R6');
    await ok(call(editor, 'POST', `/rounds/R6/entries/${code('⑦')}/submit`, KIKAKU));
  };

  describe('publishing a year', () => {
    it('waits for its round: refused while open or awaiting review (409), then published', async () => {
      await ok(call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }), 201);
      const before = await published();
      const open = await call(admin, 'PUT', '/publications/R6', { published: true });
      expect(open.status).toBe(409);
      expect(JSON.stringify(open.body)).toMatch(
        /R6's round is still open \(\d+ of \d+ entries approved\)/,
      );
      await submitR6();
      await ok(call(admin, 'POST', `/rounds/R6/entries/${code('⑦')}/approve`, KIKAKU));
      await ok(call(admin, 'POST', '/rounds/R6/close'));
      // Reopened for a correction: in review again, so the year waits.
      await ok(
        call(admin, 'POST', `/rounds/R6/entries/${code('⑦')}/reopen`, {
          ...KIKAKU,
          reason: '内訳の確認',
        }),
      );
      const waiting = await call(admin, 'PUT', '/publications/R6', { published: true });
      expect(waiting.status).toBe(409);
      expect(JSON.stringify(waiting.body)).toMatch(/awaiting review \(⑦ 企画課\)/);
      expect(await published()).toEqual(before);
      expect(await auditOf('year.publish')).toEqual([]);
      await ok(call(editor, 'POST', `/rounds/R6/entries/${code('⑦')}/submit`, KIKAKU));
      await ok(call(admin, 'POST', `/rounds/R6/entries/${code('⑦')}/approve`, KIKAKU));
      await ok(call(admin, 'PUT', '/publications/R6', { published: true }));
      expect((await published()).map((p) => p.fiscalYear)).toContain(2024);
      expect(await auditOf('year.publish')).toEqual([
        { fiscal_year: 2024, old_value: 'false', new_value: 'true' },
      ]);
      const xml = (await feed()).body;
      expect(xml).toContain(
        '<title type="html"><![CDATA[令和6年度の進捗状況を公表しました]]></title>',
      );
    });

    it('is withdrawn only with a reason, kept in the audit log and told in the feed', async () => {
      const noReason = await call(admin, 'PUT', '/publications/R5', { published: false });
      expect(noReason.status).toBe(400);
      expect(JSON.stringify(noReason.body)).toMatch(/reason/);
      const blank = await call(admin, 'PUT', '/publications/R5', {
        published: false,
        reason: '  ',
      });
      expect(blank.status).toBe(400);
      expect((await published()).map((p) => p.fiscalYear)).toContain(2023);
      await ok(
        call(admin, 'PUT', '/publications/R5', {
          published: false,
          reason: '⑦の集計に誤りがあったため',
        }),
      );
      expect((await published()).map((p) => p.fiscalYear)).not.toContain(2023);
      expect(await auditOf('year.withdraw')).toEqual([
        { fiscal_year: 2023, old_value: 'true', new_value: 'false: ⑦の集計に誤りがあったため' },
      ]);
      // A visitor still reads the feed (R3 and R4 stay published) and learns why.
      const response = await feed();
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const entries = response.body.split('<entry>').slice(1);
      expect(entries[0]).toContain('令和5年度の進捗状況の公表を取り下げました');
      expect(entries[0]).toContain('理由：⑦の集計に誤りがあったため');
    });
  });

  describe('the feed', () => {
    it('is not found for a plan never published, as if it did not exist', async () => {
      const tenant = await freshTenant(getHandle(), { publish: false });
      const response = await app.inject({
        method: 'GET',
        url: `/api/plans/${tenant.planId}/feed.atom`,
      });
      expect(response.statusCode).toBe(404);
    });

    it('is an Atom feed of the published years, newest first, linking to the public pages', async () => {
      const response = await feed();
      expect(response.statusCode).toBe(200);
      const xml = response.body;
      expect(xml).toMatch(
        /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
      );
      expect(xml).toContain('CC BY 4.0');
      const titles = [
        ...xml.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g),
      ].map((m) => m[1]);
      expect(titles).toEqual([
        '令和5年度の進捗状況を公表しました',
        '令和4年度の進捗状況を公表しました',
        '令和3年度の進捗状況を公表しました',
      ]);
      expect(xml).toContain(`<link href="http://localhost:3000/plans/${planId}?fy=2023"/>`);
    });

    it('tells of a published figure corrected (old and new) once approved, never of the draft', async () => {
      await ok(call(admin, 'POST', '/rounds', { fy: 'R5', due: '2024-05-31' }), 201);
      await ok(
        call(admin, 'POST', `/rounds/R5/entries/${code('⑦')}/reopen`, {
          ...KIKAKU,
          reason: '集計の誤りを訂正',
        }),
      );
      await ok(
        call(editor, 'PUT', `/kpis/${code('⑦')}/figures/R5`, {
          value: '271,000',
          department: null,
          version: await figureVersion('⑦', 2023),
        }),
      );
      await writeSelfEvaluation(app, planId, editor, '⑦', 'R5');
      await ok(call(editor, 'POST', `/rounds/R5/entries/${code('⑦')}/submit`, KIKAKU));
      expect((await feed()).body).not.toContain('271,000');
      await ok(call(admin, 'POST', `/rounds/R5/entries/${code('⑦')}/approve`, KIKAKU));
      const entries = (await feed()).body.split('<entry>').slice(1);
      expect(entries[0]).toContain('⑦ 令和5年度の実績値を訂正しました（企画課）');
      expect(entries[0]).toMatch(/訂正前：283,179 → 訂正後：271,000/);
      expect(entries[0]).toContain(`/plans/${planId}/kpis/%E2%91%A6?fy=2023`);
      // Withdrawn, the year's corrections leave the feed with its figures.
      await ok(call(admin, 'PUT', '/publications/R5', { published: false, reason: '再確認' }));
      const after = (await feed()).body;
      expect(after).not.toContain('271,000');
      expect(after).toContain('理由：再確認');
    });

    it('shows a withdrawal’s reason as written, never as markup (type="html" is escaped)', async () => {
      const reason = '<img src=x onerror="alert(1)"> ]]> & 再確認';
      await ok(call(admin, 'PUT', '/publications/R4', { published: false, reason }));
      const xml = (await feed()).body;
      expect(xml).not.toContain('<img');
      expect(xml).not.toContain('alert(1)">');
      const entry = xml
        .split('<entry>')
        .find((e) => e.includes('令和4年度の進捗状況の公表を取り下げました'));
      expect(entry).toContain(
        '<![CDATA[理由：&lt;img src=x onerror=&quot;alert(1)&quot;&gt; ]]&gt; &amp; 再確認]]>',
      );
    });
  });
});
