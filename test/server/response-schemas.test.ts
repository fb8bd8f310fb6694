import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { JSONSchema } from 'zod/v4/core';
import type {
  AccountView,
  DepartmentView,
  KpiDetailView,
  PlanReportView,
  PlanTreeView,
} from '../../src/domain/api-contract.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { multipartBody } from '../support/multipart.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { memberSession, TEST_PASSWORD } from '../support/sessions.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

/*
 * Every answer of the API matches the schema /api/openapi.json declares for its route and
 * status. The report is sent precomputed from a cache, unchecked at runtime (it must stay as
 * fast as the bare route), so this test is what holds it to its schema: a presenter that adds,
 * drops or mistypes a field fails here. Bodies are checked against the document's own JSON
 * Schema (objects declare additionalProperties: false), turned into a validator by zod.
 */

const SAMPLE = readFileSync(new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema: JSONSchema.JSONSchema }> }> }
    >
  >;
}

/** The operations this file calls; a route added to the API must be added here and called. */
const EXERCISED = [
  'GET /api/health',
  'GET /api/municipalities',
  'GET /api/plans',
  'POST /api/plans',
  'GET /api/plans/{planId}',
  'PATCH /api/plans/{planId}',
  'GET /api/plans/{planId}/tree',
  'GET /api/plans/{planId}/report',
  'POST /api/plans/{planId}/policies',
  'PATCH /api/plans/{planId}/policies/{policyNumber}',
  'POST /api/plans/{planId}/policies/{policyNumber}/themes',
  'PATCH /api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}',
  'GET /api/plans/{planId}/kpis/{code}',
  'PATCH /api/plans/{planId}/kpis/{code}',
  'POST /api/plans/{planId}/kpis',
  'POST /api/plans/{planId}/kpis/{code}/revisions',
  'POST /api/plans/{planId}/kpis/{code}/retirement',
  'POST /api/plans/{planId}/kpis/{code}/move',
  'POST /api/plans/{planId}/kpis/{code}/departments',
  'POST /api/plans/{planId}/policies/{policyNumber}/move',
  'POST /api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}/move',
  'PUT /api/plans/{planId}/kpis/{code}/figures/{fy}',
  'PUT /api/plans/{planId}/kpis/{code}/narratives/{fy}',
  'PUT /api/plans/{planId}/kpis/{code}/milestones/{fy}',
  'PUT /api/plans/{planId}/kpis/{code}/evaluations/{fy}',
  'GET /api/plans/{planId}/evaluation-scheme',
  'PUT /api/plans/{planId}/evaluation-scheme',
  'POST /api/imports',
  'POST /api/imports/preview',
  'POST /api/session',
  'GET /api/session',
  'DELETE /api/session',
  'PUT /api/session/password',
  'PUT /api/session/profile',
  'GET /api/accounts',
  'POST /api/accounts',
  'PATCH /api/accounts/{accountId}',
  'PUT /api/accounts/{accountId}/password',
  'GET /api/departments',
  'POST /api/departments',
  'POST /api/departments/{departmentId}/renames',
  'POST /api/departments/{departmentId}/merge',
  'POST /api/plans/{planId}/successor',
  'DELETE /api/plans/{planId}',
  'DELETE /api/plans/{planId}/kpis/{code}',
  'GET /api/audit',
  'GET /api/plans/{planId}/publications',
  'GET /api/plans/{planId}/feed.atom',
  'GET /api/plans/{planId}/notices',
  'PUT /api/plans/{planId}/publications/{fy}',
  'POST /api/plans/{planId}/rounds',
  'GET /api/plans/{planId}/rounds/{fy}',
  'POST /api/plans/{planId}/rounds/{fy}/close',
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/submit',
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/return',
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/approve',
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/reopen',
  'POST /api/plans/{planId}/rounds/{fy}/approvals',
  'GET /api/plans/{planId}/rounds',
  'GET /api/plans/{planId}/rounds/{fy}/entries/{code}',
  'GET /api/outbox',
  'GET /api/plans/{planId}/exports/report',
  'GET /api/schemas/plan-export.json',
];

/** The validators of a document's responses, one per operation and status. */
function responseValidators(document: OpenApiDocument) {
  const cache = new Map<string, z.ZodType | null>();
  return (method: Method, template: string, status: number): z.ZodType | null => {
    const key = `${method} ${template} ${status}`;
    if (!cache.has(key)) {
      const response = document.paths[template]?.[method.toLowerCase()]?.responses[status];
      const schema = response?.content?.['application/json']?.schema;
      cache.set(
        key,
        schema === undefined ? null : z.fromJSONSchema(schema, { defaultTarget: 'openapi-3.0' }),
      );
    }
    return cache.get(key) ?? null;
  };
}

/** What is wrong with a body against a validator, one readable line per issue. */
function problems(validator: z.ZodType, body: unknown): string[] {
  const result = validator.safeParse(body);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let document: OpenApiDocument;
  let validatorFor: ReturnType<typeof responseValidators>;

  beforeAll(async () => {
    app = await buildApp(getHandle());
    document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    validatorFor = responseValidators(document);
  });
  afterAll(async () => app.close());

  /**
   * Calls a route by its template (`/api/plans/{planId}`) and checks the answer against the
   * schema the document declares for the status it got; returns status and body.
   */
  async function call<Body = unknown>(
    method: Method,
    template: string,
    options: {
      params?: Record<string, string | number>;
      query?: string;
      as?: SessionHeaders | undefined;
      payload?: object;
      multipart?: ReturnType<typeof multipartBody>;
    } = {},
  ): Promise<{ status: number; body: Body }> {
    const path = template.replace(/\{(\w+)\}/g, (_all, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${template}: no value for ${name}`);
      return encodeURIComponent(String(value));
    });
    const response = await app.inject({
      method,
      url: `${path}${options.query ? `?${options.query}` : ''}`,
      headers: { ...options.as, ...options.multipart?.headers },
      ...(options.multipart
        ? { payload: options.multipart.payload }
        : options.payload === undefined
          ? {}
          : { payload: options.payload }),
    });
    const where = `${method} ${path} → ${response.statusCode}`;
    const validator = validatorFor(method, template, response.statusCode);
    expect(validator, `${where}: no schema declared for this status`).not.toBeNull();
    // A 204 has no body: its schema declares null.
    const body: Body = JSON.parse(response.body === '' ? 'null' : response.body);
    expect(
      problems(validator ?? z.never(), body),
      `${where}: ${response.body.slice(0, 200)}`,
    ).toEqual([]);
    return { status: response.statusCode, body };
  }

  const statusOf = async (...args: Parameters<typeof call>) => (await call(...args)).status;

  it('calls every route of the document in this file', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...operations].sort()).toEqual([...EXERCISED].sort());
  });

  it('refuses a report row with a field added, dropped or of the wrong type', async () => {
    const { planId } = await freshTenant(getHandle());
    const { body } = await call<PlanReportView>('GET', '/api/plans/{planId}/report', {
      params: { planId },
      query: 'fy=R5',
    });
    const validator = validatorFor('GET', '/api/plans/{planId}/report', 200);
    if (!validator) throw new Error('the report has no 200 schema');
    const [first, ...rest] = body.rows;
    if (!first) throw new Error('the report has no rows');
    const withRow = (row: object) => ({ ...body, rows: [row, ...rest] });
    const { atRisk: _dropped, ...withoutAtRisk } = first;
    expect(problems(validator, withRow({ ...first, kpiId: 7 }))).toEqual([
      'rows.0: Unrecognized key: "kpiId"',
    ]);
    expect(problems(validator, withRow(withoutAtRisk))).toHaveLength(1);
    expect(problems(validator, withRow({ ...first, ratio: '0.5' }))).toHaveLength(1);
    expect(problems(validator, withRow(first))).toEqual([]);
  });

  it('answers every GET route as documented, to visitors and to members', async () => {
    const tenant = await freshTenant(getHandle());
    const { planId } = tenant;
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const viewer = (await tenant.member({ role: 'viewer' })).headers;
    const answered = new Set<string>();
    const get = async (
      template: string,
      as: SessionHeaders | undefined,
      extra: { params?: Record<string, string | number>; query?: string } = {},
    ) => {
      const answer = await call('GET', template, { params: { planId }, as, ...extra });
      if (answer.status === 200) answered.add(template);
      return answer;
    };
    for (const who of [undefined, viewer, admin]) {
      await get('/api/health', who);
      await get('/api/municipalities', who);
      await get('/api/plans', who);
      await get('/api/plans/{planId}', who);
      await get('/api/plans/{planId}/tree', who);
      await get('/api/plans/{planId}/publications', who);
      await get('/api/plans/{planId}/evaluation-scheme', who);
      for (const query of ['', 'fy=R4', 'fy=R5', 'fy=R5&drafts=1']) {
        await get('/api/plans/{planId}/report', who, { query });
      }
      // ⑦ a decrease, ⑨ no target, ⑩ cumulative, ⑰ per-department rows, ⑱ secondary figures.
      for (const kpi of ['⑦', '⑨', '⑩', '⑰', '⑱']) {
        await get('/api/plans/{planId}/kpis/{code}', who, { params: { planId, code: kpi } });
      }
    }
    expect((await get('/api/session', admin)).status).toBe(200);
    expect((await get('/api/session', undefined)).status).toBe(401);
    expect((await get('/api/accounts', admin)).body).toHaveLength(2);
    expect((await get('/api/accounts', viewer)).status).toBe(403);
    expect((await get('/api/departments', viewer)).body).toContainEqual(
      expect.objectContaining({ name: '総務課', renames: [] }),
    );
    expect((await get('/api/departments', undefined)).status).toBe(401);
    expect((await get('/api/audit', admin, { query: 'limit=5' })).status).toBe(200);
    expect((await get('/api/audit', undefined)).status).toBe(401);
    await call('POST', '/api/plans/{planId}/rounds', {
      params: { planId },
      as: admin,
      payload: { fy: 'R6', due: '2025-05-31' },
    });
    expect(
      (await get('/api/plans/{planId}/rounds/{fy}', admin, { params: { planId, fy: 'R6' } }))
        .status,
    ).toBe(200);
    expect(
      (await get('/api/plans/{planId}/rounds/{fy}', admin, { params: { planId, fy: 'R7' } }))
        .status,
    ).toBe(404);
    expect((await get('/api/plans/{planId}/rounds', admin)).status).toBe(200);
    for (const kpi of ['⑦', '⑩', '⑰']) {
      const department = kpi === '⑰' ? '総務課' : '企画課';
      const entry = await get('/api/plans/{planId}/rounds/{fy}/entries/{code}', admin, {
        params: { planId, fy: 'R6', code: kpi },
        query: `department=${encodeURIComponent(department)}`,
      });
      expect(entry.status).toBe(200);
    }
    expect((await get('/api/outbox', admin)).status).toBe(200);
    expect((await get('/api/outbox', viewer)).status).toBe(403);
    // The JSON export answers by its schema; the files (XLSX, PDF, CSV) as the binary types documented.
    const exports = '/api/plans/{planId}/exports/report';
    expect((await get(exports, undefined, { query: 'fy=R5&format=json' })).status).toBe(200);
    expect((await get(exports, admin, { query: 'fy=R5&format=docx' })).status).toBe(400);
    expect((await get(exports, undefined, { query: 'fy=R9&format=json' })).status).toBe(404);
    const documented = Object.keys(
      (document.paths[exports]?.get?.responses['200'] as { content?: object }).content ?? {},
    );
    for (const query of [
      'format=xlsx',
      'format=pdf',
      'format=csv&encoding=shift_jis',
      'format=csv&shape=tidy',
    ]) {
      const file = await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/exports/report?fy=R5&${query}`,
      });
      expect(file.statusCode).toBe(200);
      expect(documented).toContain(String(file.headers['content-type']).split(';')[0]);
    }
    expect((await get('/api/schemas/plan-export.json', undefined)).status).toBe(200);
    // The feed is Atom XML, of the type documented; a plan never published has none (404).
    const feed = await app.inject({ method: 'GET', url: `/api/plans/${planId}/feed.atom` });
    expect(feed.statusCode).toBe(200);
    expect(
      Object.keys(
        (
          document.paths['/api/plans/{planId}/feed.atom']?.get?.responses['200'] as {
            content?: object;
          }
        ).content ?? {},
      ),
    ).toContain(String(feed.headers['content-type']).split(';')[0]);
    answered.add('/api/plans/{planId}/feed.atom');
    const notices = await get('/api/plans/{planId}/notices', undefined);
    expect(notices.status).toBe(200);
    expect(JSON.stringify(notices.body)).toContain('公表しました');
    const gets = Object.entries(document.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path);
    expect([...answered].sort()).toEqual(gets.sort());
  });

  it('answers the round’s moves as documented, from opening to reopening, and its refusals', async () => {
    const tenant = await freshTenant(getHandle());
    const { planId } = tenant;
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    const round = { planId, fy: 'R6' };
    const entry = { ...round, code: '⑦' };
    const department = { department: '企画課' };
    expect(
      await statusOf('POST', '/api/plans/{planId}/rounds', {
        params: { planId },
        as: admin,
        payload: { fy: 'R6', due: '2025-05-31' },
      }),
    ).toBe(201);
    const figure = (version: number) =>
      call('PUT', '/api/plans/{planId}/kpis/{code}/figures/{fy}', {
        params: entry,
        as: editor,
        payload: { value: '282,000', department: null, version },
      });
    expect((await figure(0)).status).toBe(200);
    expect((await figure(0)).status).toBe(409);
    expect(
      await statusOf('PUT', '/api/plans/{planId}/kpis/{code}/narratives/{fy}', {
        params: entry,
        as: editor,
        payload: { text: '施設の集約化を進めた。', department: null, version: 0 },
      }),
    ).toBe(200);
    expect(
      await statusOf('PUT', '/api/plans/{planId}/kpis/{code}/evaluations/{fy}', {
        params: entry,
        as: editor,
        payload: { level: 'self', grade: 'B', text: '集約化は計画どおり進んだ。', version: 0 },
      }),
    ).toBe(200);
    expect(
      await statusOf('PUT', '/api/plans/{planId}/evaluation-scheme', {
        params: { planId },
        as: admin,
        payload: {
          levels: ['self', 'second', 'final'],
          grades: [
            { label: 'S', meaning: '目標を上回る' },
            { label: 'A', meaning: '順調' },
            { label: '評価困難', meaning: '実績が把握できない', special: true },
          ],
          published: ['final'],
          version: 0,
        },
      }),
    ).toBe(200);
    const drafts = await call<PlanReportView>('GET', '/api/plans/{planId}/report', {
      params: { planId },
      query: 'fy=R6&drafts=1',
      as: admin,
    });
    expect(drafts.body.drafts.map((d) => d.kind)).toEqual(['actual', 'narrative']);
    const move = (name: string, as: SessionHeaders, payload: object) =>
      call('POST', `/api/plans/{planId}/rounds/{fy}/entries/{code}/${name}`, {
        params: entry,
        as,
        payload,
      });
    expect((await move('approve', admin, department)).status).toBe(409);
    expect((await move('submit', editor, department)).status).toBe(200);
    expect(
      (await move('return', admin, { ...department, comment: '根拠資料を添付してください' }))
        .status,
    ).toBe(200);
    expect((await move('submit', editor, department)).status).toBe(200);
    expect((await move('approve', admin, department)).status).toBe(200);
    expect((await move('submit', editor, department)).status).toBe(409);
    expect(
      await statusOf('POST', '/api/plans/{planId}/rounds/{fy}/approvals', {
        params: round,
        as: admin,
        payload: { entries: [{ code: '⑦', department: '企画課' }] },
      }),
    ).toBe(409);
    expect(
      await statusOf('POST', '/api/plans/{planId}/rounds/{fy}/close', { params: round, as: admin }),
    ).toBe(200);
    expect((await move('reopen', admin, { ...department, reason: '数値の訂正' })).status).toBe(200);
    expect((await move('submit', editor, department)).status).toBe(200);
    expect(
      await statusOf('POST', '/api/plans/{planId}/rounds/{fy}/approvals', {
        params: round,
        as: admin,
        payload: { entries: [{ code: '⑦', department: '企画課' }] },
      }),
    ).toBe(200);
    expect(
      await statusOf('GET', '/api/plans/{planId}/rounds/{fy}', { params: round, as: editor }),
    ).toBe(200);
  });

  it('answers the plan tree’s, the KPIs’ and the publications’ writes as documented', async () => {
    const tenant = await freshTenant(getHandle());
    const { planId, municipality } = tenant;
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const viewer = (await tenant.member({ role: 'viewer' })).headers;
    const tree = async () =>
      (
        await call<PlanTreeView>('GET', '/api/plans/{planId}/tree', {
          params: { planId },
          as: admin,
        })
      ).body;
    const created = await call('POST', '/api/plans', {
      as: admin,
      payload: { name: '第2次計画', startYear: 'R6', endYear: 'R10', municipality },
    });
    expect(created.status).toBe(201);
    expect(
      await statusOf('POST', '/api/plans', {
        as: admin,
        payload: { name: '第2次計画', municipality },
      }),
    ).toBe(409);
    expect(
      await statusOf('POST', '/api/plans', {
        as: viewer,
        payload: { name: '第3次計画', municipality },
      }),
    ).toBe(403);
    const plan = { planId };
    expect(
      await statusOf('POST', '/api/plans/{planId}/successor', {
        params: plan,
        as: admin,
        payload: { name: '次期計画', startYear: 'R9', endYear: 'R13', carry: ['⑦'] },
      }),
    ).toBe(201);
    expect(
      await statusOf('POST', '/api/plans/{planId}/successor', {
        params: plan,
        as: admin,
        payload: { name: '次期計画2', startYear: 'R9', endYear: 'R13', carry: 7 },
      }),
    ).toBe(400);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/move', {
        params: { ...plan, code: '⑦' },
        as: admin,
        payload: { policyNumber: '1', themeNumber: '1', before: null },
      }),
    ).toBe(409);
    const handed = await call('POST', '/api/plans/{planId}/kpis/{code}/departments', {
      params: { ...plan, code: '⑦' },
      as: admin,
      payload: { departments: ['財政課'], from: 'R7', reason: '機構改革' },
    });
    expect(handed.status).toBe(201);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/departments', {
        params: { ...plan, code: '⑦' },
        as: admin,
        payload: { departments: ['財政課'], from: 'R5', reason: '機構改革' },
      }),
    ).toBe(409);
    const milestone = await call('PUT', '/api/plans/{planId}/kpis/{code}/milestones/{fy}', {
      params: { ...plan, code: '⑦', fy: 'R7' },
      as: admin,
      payload: { value: '270,000', version: 0 },
    });
    expect(milestone.status).toBe(200);
    // A published plan keeps its tree as printed; a policy is renamed from a later year.
    expect(
      await statusOf('POST', '/api/plans/{planId}/policies/{policyNumber}/move', {
        params: { ...plan, policyNumber: '1' },
        as: admin,
        payload: { before: null },
      }),
    ).toBe(409);
    expect(
      await statusOf(
        'POST',
        '/api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}/move',
        {
          params: { ...plan, policyNumber: '1', themeNumber: '1' },
          as: admin,
          payload: { policyNumber: '2', before: null },
        },
      ),
    ).toBe(409);
    const policyVersion = (await tree()).policies[0]!.version;
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/policies/{policyNumber}', {
        params: { ...plan, policyNumber: '1' },
        as: admin,
        payload: { name: '新しい名前', version: policyVersion },
      }),
    ).toBe(409);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/policies/{policyNumber}', {
        params: { ...plan, policyNumber: '1' },
        as: admin,
        payload: { name: '新しい名前', version: policyVersion, from: 'R7', reason: '中間見直し' },
      }),
    ).toBe(200);
    // ⑦ was in the published years: retired, never deleted; the plan likewise.
    expect(
      await statusOf('DELETE', '/api/plans/{planId}/kpis/{code}', {
        params: { ...plan, code: '⑦' },
        as: admin,
      }),
    ).toBe(409);
    expect(await statusOf('DELETE', '/api/plans/{planId}', { params: plan, as: admin })).toBe(409);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}', {
        params: plan,
        as: admin,
        payload: {
          ratePrecision: { decimals: 1, widenNear100: false },
          version: (await tree()).version,
        },
      }),
    ).toBe(409);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}', {
        params: plan,
        as: admin,
        payload: { endYear: 'R9', version: (await tree()).version },
      }),
    ).toBe(200);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}', {
        params: plan,
        as: admin,
        payload: { version: 1 },
      }),
    ).toBe(400);
    expect(
      await statusOf('POST', '/api/plans/{planId}/policies', {
        params: plan,
        as: admin,
        payload: { number: '5', name: 'デジタル化' },
      }),
    ).toBe(201);
    const policy = (await tree()).policies.find((p) => p.number === '5');
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/policies/{policyNumber}', {
        params: { planId, policyNumber: '5' },
        as: admin,
        payload: { name: 'DX', version: policy?.version },
      }),
    ).toBe(200);
    expect(
      await statusOf('POST', '/api/plans/{planId}/policies/{policyNumber}/themes', {
        params: { planId, policyNumber: '5' },
        as: admin,
        payload: { number: '11', name: '行政手続', actionItems: ['30'] },
      }),
    ).toBe(201);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}', {
        params: { planId, policyNumber: '5', themeNumber: '11' },
        as: admin,
        payload: { name: '行政手続のオンライン化', version: 1 },
      }),
    ).toBe(200);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis', {
        params: plan,
        as: admin,
        payload: {
          policyNumber: '5',
          themeNumber: '11',
          code: '㉑',
          title: 'オンライン申請の件数',
          unit: '件',
          departments: ['情報政策課'],
          target: { value: '100' },
        },
      }),
    ).toBe(409);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis', {
        params: plan,
        as: admin,
        payload: {
          policyNumber: '5',
          themeNumber: '11',
          code: '㉑',
          title: 'オンライン申請の件数',
          unit: '件',
          departments: ['情報政策課'],
          target: { value: '100' },
          from: 'R6',
          reason: 'DXの指標を追加',
        },
      }),
    ).toBe(201);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/revisions', {
        params: { planId, code: '㉑' },
        as: admin,
        payload: { from: 'R7', target: { value: '150' }, reason: '中間見直し' },
      }),
    ).toBe(201);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/revisions', {
        params: { planId, code: '㉑' },
        as: admin,
        payload: { from: 'R5', target: { value: '150' }, reason: '中間見直し' },
      }),
    ).toBe(409);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/retirement', {
        params: { planId, code: '⑫' },
        as: admin,
        payload: { from: 'R7', reason: '㉑に統合', replacedBy: '㉑' },
      }),
    ).toBe(201);
    expect(
      await statusOf('POST', '/api/plans/{planId}/kpis/{code}/retirement', {
        params: { planId, code: '⑫' },
        as: admin,
        payload: { from: 'R7' },
      }),
    ).toBe(400);
    const kpi = (
      await call<KpiDetailView>('GET', '/api/plans/{planId}/kpis/{code}', {
        params: { planId, code: '㉑' },
        as: admin,
      })
    ).body;
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/kpis/{code}', {
        params: { planId, code: '㉑' },
        as: admin,
        payload: { unit: '件/年', version: kpi.version },
      }),
    ).toBe(200);
    expect(
      await statusOf('PATCH', '/api/plans/{planId}/kpis/{code}', {
        params: { planId, code: '㉑' },
        as: admin,
        payload: { unit: '件', version: kpi.version },
      }),
    ).toBe(409);
    const publication = (published: boolean, as: SessionHeaders | undefined) =>
      call('PUT', '/api/plans/{planId}/publications/{fy}', {
        params: { planId, fy: 'R5' },
        as,
        payload: published ? { published } : { published, reason: '確認のため' },
      });
    expect((await publication(false, admin)).status).toBe(200);
    expect((await publication(true, undefined)).status).toBe(401);
    expect((await publication(true, admin)).status).toBe(200);
    expect(await statusOf('GET', '/api/plans/{planId}', { params: { planId: 999_999 } })).toBe(404);
    expect(await statusOf('GET', '/api/plans/{planId}', { params: { planId: 'abc' } })).toBe(400);
    expect(
      await statusOf('GET', '/api/plans/{planId}/report', { params: plan, query: 'fy=someday' }),
    ).toBe(400);
  });

  it('answers sign-in, the session and the accounts as documented', async () => {
    const tenant = await freshTenant(getHandle());
    const admin = await tenant.member({ role: 'admin' });
    const signIn = (password: string) =>
      call('POST', '/api/session', { payload: { email: admin.email, password } });
    expect((await signIn('wrong password')).status).toBe(401);
    const signedIn = await signIn(TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    const department = await call<DepartmentView>('POST', '/api/departments', {
      as: admin.headers,
      payload: { name: '新設推進課' },
    });
    expect(department.status).toBe(201);
    expect(
      await statusOf('POST', '/api/departments', {
        as: admin.headers,
        payload: { name: '企画課' },
      }),
    ).toBe(409);
    expect(
      await statusOf('POST', '/api/departments/{departmentId}/renames', {
        params: { departmentId: department.body.id },
        as: admin.headers,
        payload: { newName: '企画推進課', from: 'R9', reason: '機構改革' },
      }),
    ).toBe(201);
    const departments = await call<DepartmentView[]>('GET', '/api/departments', {
      as: admin.headers,
    });
    expect(departments.body.find((d) => d.id === department.body.id)).toMatchObject({
      name: '企画推進課',
      renames: [{ oldName: '新設推進課', newName: '企画推進課', reason: '機構改革' }],
    });
    const leaving = await call<DepartmentView>('POST', '/api/departments', {
      as: admin.headers,
      payload: { name: '統合前課' },
    });
    const merged = await call<DepartmentView>('POST', '/api/departments/{departmentId}/merge', {
      params: { departmentId: leaving.body.id },
      as: admin.headers,
      payload: {
        into: departments.body.find((d) => d.name === '企画課')!.id,
        from: 'R9',
        reason: '機構改革',
      },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(201);
    expect(merged.body.mergedInto).toEqual({ name: '企画課', fromYear: 2027 });
    const added = await call<AccountView>('POST', '/api/accounts', {
      as: admin.headers,
      payload: {
        email: `kikaku-${tenant.municipality.code}@example.jp`,
        role: 'editor',
        departments: ['企画推進課'],
        password: TEST_PASSWORD,
      },
    });
    expect(added.status).toBe(201);
    const account = { accountId: added.body.id };
    expect(
      await statusOf('PATCH', '/api/accounts/{accountId}', {
        params: account,
        as: admin.headers,
        payload: { role: 'viewer', version: added.body.version },
      }),
    ).toBe(200);
    expect(
      await statusOf('PATCH', '/api/accounts/{accountId}', {
        params: account,
        as: admin.headers,
        payload: { role: 'admin', version: added.body.version },
      }),
    ).toBe(409);
    expect(
      await statusOf('PUT', '/api/accounts/{accountId}/password', {
        params: account,
        as: admin.headers,
        payload: { password: 'another long password' },
      }),
    ).toBe(204);
    expect(
      await statusOf('PUT', '/api/session/password', {
        as: admin.headers,
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' },
      }),
    ).toBe(204);
    expect(
      await statusOf('PUT', '/api/session/profile', {
        as: admin.headers,
        payload: { name: '企画 一郎' },
      }),
    ).toBe(200);
    expect(
      await statusOf('PUT', '/api/session/profile', {
        as: admin.headers,
        payload: { email: `kikaku-${tenant.municipality.code}@example.jp` },
      }),
    ).toBe(409);
    expect(await statusOf('DELETE', '/api/session', { as: admin.headers })).toBe(204);
    expect(await statusOf('DELETE', '/api/session', { as: admin.headers })).toBe(401);
  });

  it('answers an import as documented: what it added, and a file it cannot read', async () => {
    const demoCity = await ensureMunicipality(getDb(), DEFAULT_MUNICIPALITY);
    const admin = (await memberSession(getHandle(), demoCity, { role: 'admin' })).headers;
    const planName = `取込計画-${Date.now()}`;
    const imported = await call('POST', '/api/imports', {
      as: admin,
      multipart: multipartBody(
        { plan: planName, fy: 'R5', createPlan: 'true', publish: 'true' },
        { name: 'r5.tsv', bytes: SAMPLE },
      ),
    });
    expect(imported).toMatchObject({ status: 200, body: { planName, kpis: 20 } });
    const preview = await call('POST', '/api/imports/preview', {
      as: admin,
      multipart: multipartBody({ plan: planName }, { name: 'r5.tsv', bytes: SAMPLE }),
    });
    expect(preview).toMatchObject({ status: 200, body: { planName, fiscalYear: { year: 2023 } } });
    const unreadable = await call('POST', '/api/imports', {
      as: admin,
      multipart: multipartBody(
        { plan: planName },
        { name: 'r5.xlsx', bytes: Buffer.from('not a workbook') },
      ),
    });
    expect(unreadable.status).toBe(400);
  });
});
