import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { KpiDetailView, PlanSummaryView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { exportSnapshot, importSnapshot } from '../../src/db/snapshot.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);

interface Report {
  fiscalYear: number;
  years: number[];
  rows: { code: string; rate: string | null; narratives: { text: string }[] }[];
  drafts?: { code: string; fiscalYear: number; kind: string; state: string }[];
}

/*
 * "Only approved figures count" (issue 12): a draft saved through the API appears neither in
 * the anonymous report nor in the members' default view, and does not move the default year;
 * members see it with ?drafts=1, listed as a draft. Approved, it counts everywhere.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let editor: SessionHeaders;
  let viewer: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test on a demo plan of its own, in a municipality of its own.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    viewer = (await tenant.member({ role: 'viewer' })).headers;
  });

  const inject = (
    who: SessionHeaders | undefined,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const report = async (who: SessionHeaders | undefined, query = '') =>
    (await inject(who, 'GET', `/report${query}`)).body as Report;
  const listedYears = async (who: SessionHeaders | undefined) =>
    (await app.inject({ method: 'GET', url: '/api/plans', headers: { ...who } }))
      .json<PlanSummaryView[]>()
      .find((p) => p.id === planId)?.fiscalYears;
  const rate = (r: Report, c: string) => r.rows.find((row) => row.code === c)?.rate;
  /** The R6 round open and R6 published, 企画課's ⑦ entered (282,000, with why) and submitted. */
  const r6InReview = async () => {
    // Published before its round opens (as a year imported from a report is), then entered.
    const steps = [
      () => inject(admin, 'PUT', '/publications/R6', { published: true }),
      () => inject(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }),
      () =>
        inject(editor, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
          value: '282,000',
          department: null,
          version: 0,
        }),
      () =>
        inject(editor, 'PUT', `/kpis/${code('⑦')}/narratives/R6`, {
          text: '旧雄勝庁舎を解体した。',
          department: null,
          version: 0,
        }),
      () => writeSelfEvaluation(app, planId, editor, '⑦', 'R6').then(() => ({ status: 200 })),
      () =>
        inject(editor, 'POST', `/rounds/R6/entries/${code('⑦')}/submit`, { department: '企画課' }),
    ];
    for (const step of steps) expect((await step()).status).toBeLessThan(300);
  };

  it('keeps an admin’s draft of a published year out of every default view (① R5 stays 50%)', async () => {
    expect(rate(await report(undefined), '①')).toBe('50%');
    const saved = await inject(admin, 'PUT', `/kpis/${code('①')}/figures/R5`, {
      value: '2',
      version: 1,
    });
    expect(saved).toMatchObject({ status: 200, body: { state: 'draft' } });
    expect(rate(await report(undefined), '①')).toBe('50%');
    expect(rate(await report(viewer), '①')).toBe('50%');
    const withDrafts = await report(viewer, '?drafts=1');
    expect(rate(withDrafts, '①')).toBe('100%');
    expect(withDrafts.drafts).toEqual([
      { code: '①', fiscalYear: 2023, department: null, kind: 'actual', state: 'draft' },
    ]);
    // A visitor asking for drafts gets the approved record all the same.
    const visitor = await report(undefined, '?drafts=1');
    expect(rate(visitor, '①')).toBe('50%');
    expect(visitor.drafts).toEqual([]);
    const detail = (await inject(undefined, 'GET', `/kpis/${code('①')}?fy=R5`))
      .body as KpiDetailView;
    expect(detail.figures.filter((f) => f.fiscalYear === 2023 && f.series === 'actual')).toEqual(
      [],
    );
    expect(detail.row.rate).toBe('50%');
  });

  it('does not move the default year to a half-filled one while R6 is in review', async () => {
    expect((await inject(admin, 'PUT', '/publications/R6', { published: true })).status).toBe(200);
    expect((await inject(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' })).status).toBe(
      201,
    );
    const saved = await inject(editor, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
      value: '282,000',
      department: null,
      version: 0,
    });
    expect(saved.status).toBe(200);
    const narrative = await inject(editor, 'PUT', `/kpis/${code('⑦')}/narratives/R6`, {
      text: '旧雄勝庁舎を解体した。',
      department: null,
      version: 0,
    });
    expect(narrative.status).toBe(200);
    for (const who of [undefined, viewer, editor]) {
      const seen = await report(who);
      expect(seen.fiscalYear).toBe(2023);
      expect(seen.years).not.toContain(2024);
      expect(rate(seen, '⑦')).toBe('93%');
    }
    const drafts = await report(viewer, '?drafts=1');
    expect(drafts.fiscalYear).toBe(2024);
    expect(rate(drafts, '⑦')).toBe('94%');
    expect(drafts.drafts?.filter((d) => d.code === '⑦')).toEqual([
      { code: '⑦', fiscalYear: 2024, department: null, kind: 'actual', state: 'draft' },
      { code: '⑦', fiscalYear: 2024, department: null, kind: 'narrative', state: 'draft' },
    ]);
    await writeSelfEvaluation(app, planId, editor, '⑦', 'R6');
    const submitted = await inject(editor, 'POST', `/rounds/R6/entries/${code('⑦')}/submit`, {
      department: '企画課',
    });
    expect(submitted.status).toBe(200);
    expect((await report(undefined)).fiscalYear).toBe(2023);
    for (const who of [undefined, viewer]) {
      expect(await listedYears(who)).not.toContain(2024);
    }
  });

  it('counts ⑦’s R6 once approved: 264,000 ÷ 282,000 = 94% for everyone', async () => {
    await r6InReview();
    expect((await report(undefined)).fiscalYear).toBe(2023);
    const approved = await inject(admin, 'POST', `/rounds/R6/entries/${code('⑦')}/approve`, {
      department: '企画課',
    });
    expect(approved.status).toBe(200);
    const seen = await report(undefined);
    expect(seen.fiscalYear).toBe(2024);
    expect(await listedYears(undefined)).toContain(2024);
    expect(rate(seen, '⑦')).toBe('94%');
    const detail = (await inject(undefined, 'GET', `/kpis/${code('⑦')}`)).body as KpiDetailView;
    expect(detail.narratives.find((n) => n.fiscalYear === 2024)).toMatchObject({
      text: '旧雄勝庁舎を解体した。',
      state: 'approved',
    });
  });

  it('keeps the published ⑦ R5 for visitors while its reopened correction is in review', async () => {
    const tenant = await freshTenant(getHandle());
    const boss = (await tenant.member({ role: 'admin' })).headers;
    const kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    const at = (path: string) => `/api/plans/${tenant.planId}${path}`;
    const send = async (
      who: SessionHeaders | undefined,
      method: 'GET' | 'POST' | 'PUT',
      path: string,
      payload?: object,
    ) => {
      const response = await app.inject({
        method,
        url: at(path),
        headers: { ...who },
        ...(payload === undefined ? {} : { payload }),
      });
      return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
    };
    const visitorReport = async () =>
      (await send(undefined, 'GET', '/report?fy=R5')).body as unknown as Report;
    const before = (await visitorReport()).rows.find((r) => r.code === '⑦');
    expect(before?.rate).toBe('93%');
    const published = before?.narratives[0]?.text ?? '';
    expect(published.length).toBeGreaterThan(10);
    // R5's round: the imported entries come in approved; the admin reopens ⑦ for a correction.
    expect((await send(boss, 'POST', '/rounds', { fy: 'R5', due: '2099-05-31' })).status).toBe(201);
    const reopened = await send(boss, 'POST', `/rounds/R5/entries/${code('⑦')}/reopen`, {
      department: '企画課',
      reason: '延床面積の再集計',
    });
    expect(reopened.status).toBe(200);
    const detail = (await send(kikaku, 'GET', `/kpis/${code('⑦')}?fy=R5`))
      .body as unknown as KpiDetailView;
    const figure = detail.figures.find((f) => f.fiscalYear === 2023 && f.series === 'actual');
    const narrative = detail.narratives.find((n) => n.fiscalYear === 2023 && n.department === null);
    expect(
      (
        await send(kikaku, 'PUT', `/kpis/${code('⑦')}/figures/R5`, {
          value: '280,000',
          version: figure?.version ?? 0,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await send(kikaku, 'PUT', `/kpis/${code('⑦')}/narratives/R5`, {
          text: '再集計した',
          version: narrative?.version ?? 0,
        })
      ).status,
    ).toBe(200);
    // In review: visitors and the members' default view still read what was published.
    for (const view of [
      await visitorReport(),
      (await send(boss, 'GET', '/report?fy=R5')).body as unknown as Report,
    ]) {
      const row = view.rows.find((r) => r.code === '⑦') as
        { rate: string | null; narratives: { text: string }[] } | undefined;
      expect(row?.rate).toBe('93%');
      expect(row?.narratives.map((n) => n.text)).toEqual([published]);
    }
    const withDrafts = (await send(boss, 'GET', '/report?fy=R5&drafts=1'))
      .body as unknown as Report;
    expect(withDrafts.rows.find((r) => r.code === '⑦')?.rate).toBe('94%');
    // A backup taken now and restored elsewhere keeps the published copy too.
    const copy = await createTestDatabase(_kind);
    try {
      await importSnapshot(copy, JSON.parse(JSON.stringify(await exportSnapshot(getHandle().db))));
      const kept = await copy.db
        .selectFrom('narratives')
        .select('approved_text')
        .where('text', '=', '再集計した')
        .executeTakeFirst();
      expect(kept?.approved_text).toBe(published);
    } finally {
      await copy.destroy();
    }
    // Approved, the correction counts for everyone, and no copy is kept any longer.
    await writeSelfEvaluation(app, tenant.planId, kikaku, '⑦', 'R5');
    expect(
      (
        await send(kikaku, 'POST', `/rounds/R5/entries/${code('⑦')}/submit`, {
          department: '企画課',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await send(boss, 'POST', `/rounds/R5/entries/${code('⑦')}/approve`, {
          department: '企画課',
        })
      ).status,
    ).toBe(200);
    const after = (await visitorReport()).rows.find((r) => r.code === '⑦');
    expect(after?.rate).toBe('94%');
    expect(after?.narratives.map((n) => n.text)).toEqual(['再集計した']);
    const rows = await getHandle()
      .db.selectFrom('narratives')
      .select('approved_text')
      .where('text', '=', '再集計した')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.approved_text === null)).toBe(true);
  });
});
