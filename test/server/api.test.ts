import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type {
  KpiDetailView,
  PlanReportView,
  PlanSummaryView,
} from '../../src/domain/api-contract.ts';
import { readReportFile } from '../../src/io/read-report-file.ts';
import { checkReport } from '../../src/io/report-check.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { httpClient } from '../support/http-client.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { multipartBody } from '../support/multipart.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);
const code = (c: string) => encodeURIComponent(c);

forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  /** The plan seedDemo imported: read, never changed, by the test of the table it serves. */
  let demoPlanId: number;
  let admin: SessionHeaders | undefined;
  const { get, send } = httpClient(
    () => app,
    () => admin,
  );

  beforeAll(async () => {
    // The demo plan is imported into an empty database once, and never again.
    expect(await seedDemo(getHandle(), new Date())).toBe(true);
    expect(await seedDemo(getHandle(), new Date())).toBe(false);
    app = await buildApp(getHandle());
    const plans = await get<PlanSummaryView[]>('/api/plans');
    demoPlanId = plans.body.find((p) => p.name === DEMO_PLAN_NAME)?.id ?? 0;
  });
  afterAll(async () => app.close());
  // Each test reads and changes a demo plan of its own, in a municipality of its own.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
  });

  it('answers unknown plans, KPIs and routes with 404 and the error shape', async () => {
    expect(await get('/api/plans/999/report')).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    expect(await get(`/api/plans/${planId}/kpis/${code('㉟')}`)).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: 'KPI not found: ㉟' } },
    });
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  it('refuses bad input with 400 naming the field', async () => {
    expect(await get(`/api/plans/${planId}/report?fy=someday`)).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', message: expect.stringContaining('querystring.fy') } },
    });
    expect(await get('/api/plans/abc/report')).toMatchObject({
      status: 400,
      body: { error: { code: 'validation' } },
    });
    const bad = await send('PUT', `/api/plans/${planId}/kpis/${code('①')}/figures/R5`, {
      value: 'たくさん',
      version: 1,
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', details: { field: 'value' } } },
    });
    const missing = await send('PUT', `/api/plans/${planId}/kpis/${code('①')}/figures/R5`, {
      value: '3',
    });
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('version') } },
    });
  });

  it('serves the KPI table of R5 with the same rates mieruka check computes', async () => {
    const { status, body } = await get<PlanReportView>(`/api/plans/${demoPlanId}/report?fy=R5`);
    expect(status).toBe(200);
    const check = checkReport(await readReportFile('sample.tsv', readFileSync(SAMPLE)));
    expect(body.rows.map((r) => [r.code, r.rate])).toEqual(
      check.kpis.map((k) => [k.code, k.computed]),
    );
    expect(body.years).toEqual([2021, 2022, 2023]);
    expect(body.summary.byGrade).toEqual([
      { grade: 'A', count: 5 },
      { grade: 'B', count: 5 },
      { grade: 'C', count: 3 },
      { grade: 'D', count: 5 },
    ]);
    const r16 = body.rows.find((r) => r.code === '⑯');
    expect(r16?.actuals.map((a) => a?.text)).toEqual(['8.48', '8.61', '8.39']);
    expect(body.plan).toMatchObject({
      name: DEMO_PLAN_NAME,
      startYear: 2021,
      endYear: 2026,
      municipality: { code: '052078' },
    });
  });

  it('sends the table gzip-compressed to clients that take it, the same JSON inside', async () => {
    const url = `/api/plans/${planId}/report?fy=2023`;
    const plain = await app.inject({ method: 'GET', url });
    const zipped = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('serves one KPI with its explanation, trend and history', async () => {
    const { status, body } = await get<KpiDetailView>(
      `/api/plans/${planId}/kpis/${code('⑦')}?fy=2023`,
    );
    expect(status).toBe(200);
    expect(body.row.explanation).toMatchObject({
      numerator: '264000',
      denominator: '283179',
      rate: '93%',
    });
    // A reduction rated target ÷ actual: the share of its planned cut done, sent by the server.
    expect(body.reductionProgress).toEqual({ done: '16784', planned: '35963', rate: '47%' });
    expect(body.trend.filter((p) => p.kind === 'actual').map((p) => p.value)).toEqual([
      296121, 285615, 283179,
    ]);
    expect(body.trend.find((p) => p.kind === 'target')).toEqual({
      fiscalYear: 2026,
      value: 264000,
      kind: 'target',
    });
    expect(
      body.figures
        .filter((f) => f.series === 'actual')
        .map((f) => [f.fiscalYear, f.text, f.state, f.version]),
    ).toEqual([
      [2021, '296121', 'approved', 1],
      [2022, '285615', 'approved', 1],
      [2023, '283179', 'approved', 1],
    ]);
  });

  it('lists a KPI’s history in the table’s order: departments as listed (⑰ 総務課, 情報政策課, 上下水道課)', async () => {
    const { body } = await get<KpiDetailView>(`/api/plans/${planId}/kpis/${code('⑰')}?fy=2023`);
    expect(body.narratives.map((n) => n.department)).toEqual([
      '総務課',
      '情報政策課',
      '上下水道課',
    ]);
    const actuals = body.figures
      .filter((f) => f.series === 'actual')
      .map((f) => `${f.department}:${f.fiscalYear}`);
    expect(actuals.slice(0, 4)).toEqual([
      '総務課:2021',
      '総務課:2022',
      '総務課:2023',
      '情報政策課:2021',
    ]);
    expect(body.figures.at(-1)).toMatchObject({
      series: 'cumulative',
      fiscalYear: 2023,
      text: '13',
    });
  });

  it('enters a figure with its version, refuses a stale version with 409, and the rate follows', async () => {
    const url = `/api/plans/${planId}/kpis/${code('①')}/figures/R5`;
    const saved = await send('PUT', url, { value: '2', version: 1 });
    expect(saved).toMatchObject({
      status: 200,
      body: { version: 2, state: 'draft', value: '2', text: '2', fiscalYear: 2023 },
    });
    // The saved figure is presented, not the stored row: no internal id leaves the server.
    expect(Object.keys(saved.body ?? {})).not.toContain('kpiId');
    expect(Object.keys(saved.body ?? {})).not.toContain('id');
    const stale = await send('PUT', url, { value: '3', version: 1 });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', details: { expectedVersion: 1, actualVersion: 2 } } },
    });
    // A saved figure is a draft: it counts once approved; members see it with drafts=1.
    const report = await get<PlanReportView>(`/api/plans/${planId}/report?fy=2023`);
    expect(report.body.rows.find((r) => r.code === '①')).toMatchObject({ rate: '50%' });
    const drafts = await get<PlanReportView>(`/api/plans/${planId}/report?fy=2023&drafts=1`);
    expect(drafts.body.rows.find((r) => r.code === '①')).toMatchObject({
      rate: '100%',
      grade: 'A',
    });
    const narrative = await send('PUT', `/api/plans/${planId}/kpis/${code('①')}/narratives/R5`, {
      text: '新たに2団体が設立された。',
      version: 1,
    });
    expect(narrative).toMatchObject({ status: 200, body: { version: 2 } });
  });

  it('creates a plan, its tree and a KPI, and edits the KPI', async () => {
    const created = await send('POST', '/api/plans', {
      name: '第3次総合計画',
      startYear: 'R6',
      endYear: 'R10',
    });
    expect(created.status).toBe(201);
    const id = created.body.planId;
    expect(
      (await send('POST', `/api/plans/${id}/policies`, { number: '1', name: '子育て・教育' }))
        .status,
    ).toBe(201);
    expect(
      (
        await send('POST', `/api/plans/${id}/policies/1/themes`, {
          number: '1',
          name: '保育の充実',
          actionItems: ['1', '2'],
        })
      ).status,
    ).toBe(201);
    // The KPI's department comes from the municipality's list: added there first.
    expect((await send('POST', '/api/departments', { name: '子育て支援課' })).status).toBeOneOf([
      201, 409,
    ]);
    const kpi = await send('POST', `/api/plans/${id}/kpis`, {
      policyNumber: '1',
      themeNumber: '1',
      code: '①',
      title: '待機児童数',
      unit: '人',
      departments: ['子育て支援課'],
      baseline: { value: '12', fiscalYear: 'R5' },
      target: { value: '0', fiscalYear: 'R10' },
    });
    expect(kpi).toMatchObject({ status: 201, body: { added: ['KPI ① added'] } });
    expect(
      await send('POST', `/api/plans/${id}/policies`, { number: '1', name: 'again' }),
    ).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', details: { field: 'number' } } },
    });
    const kpiUrl = `/api/plans/${id}/kpis/${code('①')}`;
    const read = (await get<KpiDetailView>(kpiUrl)).body.version;
    expect(read).toBe(1);
    expect(await send('PATCH', kpiUrl, { title: '保育所待機児童数' })).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('version') } },
    });
    expect((await send('PATCH', kpiUrl, { title: '保育所待機児童数', version: read })).status).toBe(
      200,
    );
    // Someone else still holding version 1 is refused, and the first edit stands.
    const stale = await send('PATCH', kpiUrl, { title: '待機児童の数', version: read });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { details: { actualVersion: 2 } } },
    });
    await send('PUT', `/api/plans/${id}/kpis/${code('①')}/figures/R6`, { value: '6', version: 0 });
    const report = await get<PlanReportView>(`/api/plans/${id}/report?fy=R6&drafts=1`);
    expect(report.body.rows[0]).toMatchObject({
      title: '保育所待機児童数',
      direction: 'decrease',
      rate: '0%',
      explanation: { numerator: '0', denominator: '6' },
    });
  });

  it('imports an uploaded table all or nothing, and a second upload changes nothing', async () => {
    const upload = (
      fields: Record<string, string>,
      file: { name: string; bytes: Uint8Array } | null,
    ) => {
      const body = multipartBody(fields, file);
      return app.inject({
        method: 'POST',
        url: '/api/imports',
        payload: body.payload,
        headers: { ...body.headers, ...admin },
      });
    };
    const bytes = readFileSync(SAMPLE);
    const first = await upload(
      { plan: '取込テスト', fy: 'R5', createPlan: 'true', publish: 'true' },
      { name: 'yuzawa.tsv', bytes },
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ planName: '取込テスト', kpis: 20, fiscalYear: 2023 });
    const again = await upload({ plan: '取込テスト' }, { name: 'yuzawa.tsv', bytes });
    expect(again.json()).toMatchObject({ added: [], changed: [] });
    const broken = await upload(
      { plan: '壊れた表', createPlan: 'true' },
      { name: 'broken.xlsx', bytes: bytes.subarray(0, 10) },
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: 'import', details: { file: 'broken.xlsx' } },
    });
    const plans = await get<PlanSummaryView[]>('/api/plans');
    expect(plans.body.map((p) => p.name)).not.toContain('壊れた表');
    expect((await upload({}, { name: 'yuzawa.tsv', bytes })).json()).toMatchObject({
      error: { details: { field: 'plan' } },
    });
  });

  it('refuses an upload whose reading raised a problem (400, naming row and column) unless ?acceptProblems=true', async () => {
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    const row = lines.findIndex((line) => line.includes('⑬'));
    lines[row] = lines[row]!.replace('\t504\t', '\t504件\t');
    const body = multipartBody(
      { plan: '問題のある表', createPlan: 'true' },
      { name: 'other-unit.tsv', bytes: Buffer.from(lines.join('\n')) },
    );
    const upload = (query: string) =>
      app.inject({
        method: 'POST',
        url: `/api/imports${query}`,
        payload: body.payload,
        headers: { ...body.headers, ...admin },
      });
    const refused = await upload('');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: {
        code: 'import',
        message: expect.stringContaining('KPI ⑬: cells carry other units than 人: 件'),
        details: { file: 'other-unit.tsv', row: row + 1, column: 10 },
      },
    });
    expect((await get<PlanSummaryView[]>('/api/plans')).body.map((p) => p.name)).not.toContain(
      '問題のある表',
    );
    expect((await upload('?acceptProblems=maybe')).statusCode).toBe(400);
    const accepted = await upload('?acceptProblems=true');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      planName: '問題のある表',
      acceptedProblems: [expect.stringMatching(new RegExp(`^row ${row + 1}, column 10: KPI ⑬`))],
    });
    const openapi = await get<{ paths: Record<string, { post: { parameters: unknown[] } }> }>(
      '/api/openapi.json',
    );
    expect(openapi.body.paths['/api/imports']?.post.parameters).toContainEqual(
      expect.objectContaining({ in: 'query', name: 'acceptProblems' }),
    );
  });

  it('publishes an OpenAPI document of its routes', async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans/{planId}',
        '/api/plans/{planId}/tree',
        '/api/plans/{planId}/report',
        '/api/plans/{planId}/policies/{policyNumber}',
        '/api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}',
        '/api/plans/{planId}/kpis/{code}/figures/{fy}',
        '/api/imports',
      ]),
    );
    const methods = (path: string) => Object.keys(Object(body.paths[path]));
    expect(methods('/api/plans/{planId}')).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(methods('/api/plans/{planId}/tree')).toEqual(['get']);
    expect(methods('/api/plans/{planId}/policies/{policyNumber}')).toEqual(['patch']);
    expect(methods('/api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}')).toEqual([
      'patch',
    ]);
  });
});
