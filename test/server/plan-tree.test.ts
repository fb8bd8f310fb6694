import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type {
  PlanReportView,
  PlanSummaryView,
  PlanTreeView,
} from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { httpClient } from '../support/http-client.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The plan tree and the plan's own settings over HTTP, on the seeded Yuzawa plan:
 * ⑦ floor area, a decrease KPI: 264,000/283,179 = 93.227…% → 93% (B on the default scale).
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders | undefined;
  const { get, send } = httpClient(
    () => app,
    () => admin,
  );
  /** The version an editor reads off the tree for the record a PATCH URL names. */
  const versionFor = async (url: string): Promise<number> => {
    const tree = (await get<Partial<PlanTreeView>>(`/api/plans/${planId}/tree`)).body;
    const names = /\/policies\/([^/]+)(?:\/themes\/([^/]+))?$/.exec(url);
    if (!names) return tree.version ?? 1;
    const policy = tree.policies?.find((p) => p.number === names[1]);
    if (names[2] === undefined) return policy?.version ?? 1;
    return policy?.themes.find((t) => t.number === names[2])?.version ?? 1;
  };
  /** A PATCH made on what the editor just read, as the web page would send it. */
  const patch = async (url: string, payload: object) =>
    send('PATCH', url, { version: await versionFor(url), ...payload });
  const row7 = async () => {
    const report = await get<PlanReportView>(`/api/plans/${planId}/report?fy=R5`);
    return report.body.rows.find((r) => r.code === '⑦');
  };

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test edits a demo plan of its own, in a municipality of its own, being set up (not
  // yet published: a published plan's scale, names and tree are kept, tree-life.test.ts).
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle(), { publish: false });
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
  });

  it('answers unknown plans, policies and themes with 404', async () => {
    expect(await get('/api/plans/999/tree')).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', details: { entity: 'plan', key: '999' } } },
    });
    expect(await patch('/api/plans/999', { endYear: 'R9' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', details: { entity: 'plan' } } },
    });
    expect(await patch(`/api/plans/${planId}/policies/9`, { name: '幻の方針' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', details: { entity: 'basic policy', key: '9' } } },
    });
    // Theme 4 exists, but under policy 2, not policy 1.
    expect(
      await patch(`/api/plans/${planId}/policies/1/themes/4`, { name: '別の方針のテーマ' }),
    ).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', details: { entity: 'theme program', key: '4' } } },
    });
    expect(
      await patch(`/api/plans/${planId}/policies/9/themes/1`, { actionItems: ['1'] }),
    ).toMatchObject({ status: 404, body: { error: { details: { entity: 'basic policy' } } } });
  });

  it('refuses a bad period, precision or grading scale with 400 naming the field', async () => {
    const url = `/api/plans/${planId}`;
    const refused = async (payload: object, field: string) =>
      expect(await patch(url, payload)).toMatchObject({
        status: 400,
        body: { error: { code: 'validation', message: expect.stringContaining(field) } },
      });
    await refused({}, 'nothing to change');
    await refused({ startYear: 'someday' }, 'body.startYear');
    await refused(
      { ratePrecision: { decimals: 3, widenNear100: true } },
      'body.ratePrecision.decimals: expected 0, 1 or 2 decimals',
    );
    await refused({ ratePrecision: { decimals: 1 } }, 'body.ratePrecision.widenNear100');
    await refused({ gradeScale: { labels: ['A', 'B', 'C', 'D'], cuts: [90, 70] } }, 'cuts');
    await refused({ gradeScale: { labels: ['A', 'B', 'C'], cuts: [70, 90] } }, 'gradeScale.cuts');
    await refused({ gradeScale: { labels: ['A', 'B', 'C'], cuts: [80, 80] } }, 'gradeScale.cuts');
    await refused({ gradeScale: { labels: ['A', 'A', 'C'], cuts: [90, 70] } }, 'gradeScale.labels');
    await refused({ gradeScale: { labels: ['A', 'B'], cuts: [92.5] } }, 'gradeScale.cuts');
    expect(await patch(url, { startYear: 'R9' })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', details: { field: 'startYear' } } },
    });
    expect(await patch(url, { startYear: 'R3', endYear: 'R2' })).toMatchObject({
      status: 400,
      body: { error: { details: { field: 'endYear' } } },
    });
    expect(await patch(`${url}/policies/1`, { name: '  ' })).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('body.name') } },
    });
    expect(await patch(`${url}/policies/1/themes/1`, {})).toMatchObject({ status: 400 });
    const tree = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(tree.body.plan).toMatchObject({ startYear: 2021, endYear: 2026 });
    expect(tree.body.gradeScale).toEqual({ labels: ['A', 'B', 'C', 'D'], cuts: [100, 80, 60] });
  });

  it('serves the plan tree: policies, theme programs with action items, KPIs', async () => {
    const { status, body } = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(status).toBe(200);
    expect(body.plan).toMatchObject({ id: planId, name: DEMO_PLAN_NAME, kpiCount: 20 });
    expect(body.ratePrecision).toEqual({ decimals: 0, widenNear100: true });
    expect(body.policies.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    const codes = body.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis.map((k) => k.code)));
    expect(codes).toHaveLength(20);
    expect(codes.slice(0, 3)).toEqual(['①', '②', '③']);
    expect(body.policies[0]).toMatchObject({
      number: '1',
      name: '地域経営マネジメント',
      themes: [
        { number: '1', name: '地域経営の仕組みづくり', actionItems: ['1', '2', '3'] },
        { number: '2', actionItems: ['4', '5'] },
        { number: '3', actionItems: ['6'] },
      ],
    });
    expect(body.policies[0]?.themes[0]?.kpis[1]).toEqual({
      code: '②',
      title: '地域課題の解決に向けた講座参加者数',
      tags: ['★'],
      departments: ['まちづくり協働課', '生涯学習課'],
      unit: '人',
      from: null,
      until: null,
      version: 1,
    });
    expect(body.policies[1]?.themes[0]).toMatchObject({
      number: '4',
      name: '公共施設の再編・再配置の展開',
      kpis: [{ code: '⑦', unit: 'm²' }],
    });
  });

  it('sets the rate precision, and the report prints ⑦ with one decimal', async () => {
    expect(await row7()).toMatchObject({ rate: '93%', grade: 'B' });
    const set = await patch(`/api/plans/${planId}`, {
      ratePrecision: { decimals: 1, widenNear100: false },
    });
    expect(set).toMatchObject({
      status: 200,
      body: { planId, added: [], changed: ['rate precision 0+ → 1'] },
    });
    expect(await row7()).toMatchObject({ rate: '93.2%' });
    const tree = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(tree.body.ratePrecision).toEqual({ decimals: 1, widenNear100: false });
    const again = await patch(`/api/plans/${planId}`, {
      ratePrecision: { decimals: 1, widenNear100: false },
    });
    expect(again).toMatchObject({ status: 200, body: { added: [], changed: [] } });
  });

  it('sets the grading scale, and ⑦ at 93% becomes an A of A/B/C cut at 90 and 70', async () => {
    const set = await patch(`/api/plans/${planId}`, {
      gradeScale: { labels: ['A', 'B', 'C'], cuts: [90, 70] },
    });
    expect(set.status).toBe(200);
    expect(set.body.changed).toEqual(['grade scale A≥100% B≥80% C≥60% D → A≥90% B≥70% C']);
    const report = await get<PlanReportView>(`/api/plans/${planId}/report?fy=R5`);
    expect(report.body.gradeLabels).toEqual(['A', 'B', 'C']);
    expect(report.body.rows.find((r) => r.code === '⑦')).toMatchObject({
      rate: '93%',
      grade: 'A',
    });
    const tree = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(tree.body.gradeScale).toEqual({ labels: ['A', 'B', 'C'], cuts: [90, 70] });
    const marks = await patch(`/api/plans/${planId}`, {
      gradeScale: { labels: ['◎', '○', '△', '×'], cuts: [100, 80, 50] },
    });
    expect(marks.status).toBe(200);
    expect(await row7()).toMatchObject({ grade: '○' });
  });

  it('sets the plan period in fiscal years as written (R3, 2028)', async () => {
    const set = await patch(`/api/plans/${planId}`, { startYear: 'R3', endYear: 2028 });
    expect(set).toMatchObject({ status: 200, body: { changed: ['plan period R3–R8 → R3–R10'] } });
    expect((await get<PlanSummaryView>(`/api/plans/${planId}`)).body).toMatchObject({
      startYear: 2021,
      endYear: 2028,
    });
    const cleared = await patch(`/api/plans/${planId}`, { endYear: null });
    expect(cleared.body.changed).toEqual(['plan period R3–R10 → R3–-']);
  });

  it('refuses an edit made on a version someone changed since, with 409, and changes nothing', async () => {
    const read = await versionFor(`/api/plans/${planId}/policies/3`);
    expect(
      (await patch(`/api/plans/${planId}/policies/3`, { name: '行政経営の改革' })).status,
    ).toBe(200);
    const stale = await send('PATCH', `/api/plans/${planId}/policies/3`, {
      name: '別の名前',
      version: read,
    });
    expect(stale).toMatchObject({
      status: 409,
      body: {
        error: { code: 'conflict', details: { expectedVersion: read, actualVersion: read + 1 } },
      },
    });
    const tree = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(tree.body.policies[2]).toMatchObject({ name: '行政経営の改革', version: read + 1 });
    const plan = tree.body.version;
    expect((await patch(`/api/plans/${planId}`, { endYear: 'R9' })).status).toBe(200);
    expect(
      (await send('PATCH', `/api/plans/${planId}`, { endYear: 'R10', version: plan })).status,
    ).toBe(409);
    expect((await send('PATCH', `/api/plans/${planId}`, { endYear: 'R10' })).status).toBe(400);
  });

  it('keeps other records’ versions when one changes: a theme rename is not an edit of its KPIs', async () => {
    const before = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    await patch(`/api/plans/${planId}/policies/1/themes/2`, { name: '情報共有の仕組みづくり' });
    const after = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    const theme = (tree: PlanTreeView) => tree.policies[0]?.themes[1];
    expect(theme(after.body)?.version).toBe((theme(before.body)?.version ?? 0) + 1);
    expect(theme(after.body)?.kpis.map((k) => k.version)).toEqual(
      theme(before.body)?.kpis.map((k) => k.version),
    );
    expect(after.body.policies[0]?.version).toBe(before.body.policies[0]?.version);
  });

  it('renames a basic policy and a theme program, and sets its action items', async () => {
    const policy = await patch(`/api/plans/${planId}/policies/2`, { name: '公共施設の最適化' });
    expect(policy).toMatchObject({
      status: 200,
      body: { changed: ['basic policy 2 name 公共施設マネジメント → 公共施設の最適化'] },
    });
    const theme = await patch(`/api/plans/${planId}/policies/2/themes/4`, {
      name: '公共施設の再編',
      actionItems: ['7', '8'],
    });
    expect(theme.status).toBe(200);
    expect(theme.body.changed).toEqual([
      'theme program 2/4 name 公共施設の再編・再配置の展開 → 公共施設の再編',
      'theme program 2/4 action items 7 8 9 → 7 8',
    ]);
    const onlyItems = await patch(`/api/plans/${planId}/policies/2/themes/4`, {
      actionItems: ['7', '8', '9', '10'],
    });
    expect(onlyItems.body.changed).toEqual(['theme program 2/4 action items 7 8 → 7 8 9 10']);
    const tree = await get<PlanTreeView>(`/api/plans/${planId}/tree`);
    expect(tree.body.policies[1]).toMatchObject({ number: '2', name: '公共施設の最適化' });
    expect(tree.body.policies[1]?.themes[0]).toMatchObject({
      number: '4',
      name: '公共施設の再編',
      actionItems: ['7', '8', '9', '10'],
      kpis: [{ code: '⑦' }],
    });
    expect(tree.body.plan.kpiCount).toBe(20);
  });
});
