import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanSummaryView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { sessionFor } from '../support/sessions.ts';

/*
 * Generated from the OpenAPI document, so that no route can forget: every route that changes
 * something is sent with no session, with a session but no CSRF token, as a viewer and as an
 * editor of another department, and must refuse each with the right status, changing nothing.
 */

type Operation = { readonly method: string; readonly path: string };

/** A body each change route accepts, so a refusal is about the caller, never the input. */
const EXAMPLE_BODIES: Readonly<Record<string, unknown>> = {
  'POST /api/plans': { name: '新しい計画' },
  'PATCH /api/plans/{planId}': { endYear: 'R9', version: 1 },
  'POST /api/plans/{planId}/policies': { number: '9', name: '新しい方針' },
  'PATCH /api/plans/{planId}/policies/{policyNumber}': { name: '改名', version: 1 },
  'POST /api/plans/{planId}/policies/{policyNumber}/themes': {
    number: '9',
    name: '新しいテーマ',
    actionItems: [],
  },
  'PATCH /api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}': {
    name: '改名',
    version: 1,
  },
  'POST /api/plans/{planId}/policies/{policyNumber}/move': { before: null },
  'PUT /api/plans/{planId}/kpis/{code}/milestones/{fy}': { value: '270000', version: 0 },
  'POST /api/plans/{planId}/policies/{policyNumber}/themes/{themeNumber}/move': {
    policyNumber: '1',
    before: null,
  },
  'POST /api/plans/{planId}/kpis': {
    policyNumber: '1',
    themeNumber: '1',
    code: '㉑',
    title: '新しいKPI',
    unit: '件',
    departments: ['企画課'],
    baseline: null,
    target: null,
    counting: 'single-year',
    basis: 'latest',
    formula: 'ratio',
    from: 'R7',
    reason: '追加',
  },
  'PATCH /api/plans/{planId}/kpis/{code}': { title: '改名', version: 1, reason: '訂正' },
  'POST /api/plans/{planId}/kpis/{code}/revisions': {
    from: 'R7',
    target: { value: '270000' },
    reason: '中間見直し',
  },
  'POST /api/plans/{planId}/kpis/{code}/retirement': { from: 'R7', reason: '廃止' },
  'POST /api/plans/{planId}/kpis/{code}/move': {
    policyNumber: '1',
    themeNumber: '1',
    before: null,
  },
  'POST /api/plans/{planId}/kpis/{code}/departments': {
    departments: ['財政課'],
    from: 'R7',
    reason: '機構改革',
  },
  'PUT /api/plans/{planId}/kpis/{code}/figures/{fy}': { value: '1', department: null, version: 1 },
  'PUT /api/plans/{planId}/kpis/{code}/narratives/{fy}': {
    text: '書き換え',
    department: null,
    version: 1,
  },
  'PUT /api/plans/{planId}/kpis/{code}/evaluations/{fy}': {
    level: 'self',
    grade: 'A',
    text: '順調',
    version: 0,
  },
  'PUT /api/plans/{planId}/evaluation-scheme': {
    levels: ['self', 'final'],
    grades: [{ label: 'A', meaning: '順調' }],
    published: ['final'],
    version: 0,
  },
  'POST /api/imports': {},
  'POST /api/imports/preview': {},
  'DELETE /api/session': undefined,
  'PUT /api/session/password': { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' },
  'PUT /api/session/profile': { name: '新しい名前' },
  'POST /api/accounts': { email: 'new@example.jp', role: 'viewer', password: 'long enough pw' },
  'PATCH /api/accounts/{accountId}': { role: 'admin', version: 1 },
  'PUT /api/accounts/{accountId}/password': { password: 'long enough pw' },
  'POST /api/departments': { name: '新設課' },
  'DELETE /api/plans/{planId}': undefined,
  'DELETE /api/plans/{planId}/kpis/{code}': undefined,
  'POST /api/plans/{planId}/successor': {
    name: '第2次計画',
    startYear: 'R9',
    endYear: 'R13',
    carry: ['⑦'],
  },
  'POST /api/departments/{departmentId}/renames': {
    newName: 'DX推進課',
    from: 'R9',
    reason: '機構改革',
  },
  'POST /api/departments/{departmentId}/merge': { into: 1, from: 'R9', reason: '機構改革' },
  'PUT /api/plans/{planId}/publications/{fy}': { published: false, reason: '確認のため' },
  'POST /api/plans/{planId}/rounds': { fy: 'R6', due: '2025-05-31' },
  'POST /api/plans/{planId}/rounds/{fy}/close': undefined,
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/submit': { department: '企画課' },
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/return': {
    department: '企画課',
    comment: '確認してください',
  },
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/approve': { department: '企画課' },
  'POST /api/plans/{planId}/rounds/{fy}/entries/{code}/reopen': {
    department: '企画課',
    reason: '訂正',
  },
  'POST /api/plans/{planId}/rounds/{fy}/approvals': {
    entries: [{ code: '⑦', department: '企画課' }],
  },
};

/** Routes any signed-in person may call on itself: refused without a session or token only. */
const OWN_SESSION = new Set([
  'DELETE /api/session',
  'PUT /api/session/password',
  'PUT /api/session/profile',
]);

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let operations: Operation[];
  const sessions: Record<'viewer' | 'otherEditor', SessionHeaders | undefined> = {
    viewer: undefined,
    otherEditor: undefined,
  };

  beforeAll(async () => {
    await seedDemo(getHandle(), new Date());
    app = await buildApp(getHandle());
    const plans = (await app.inject({ method: 'GET', url: '/api/plans' })).json<
      PlanSummaryView[]
    >();
    planId = plans.find((p) => p.name === DEMO_PLAN_NAME)?.id ?? 0;
    sessions.viewer = await sessionFor(app, getHandle(), { role: 'viewer' });
    // ⑦ belongs to 企画課: an editor of 情報政策課 may not touch it.
    sessions.otherEditor = await sessionFor(app, getHandle(), {
      role: 'editor',
      departments: ['情報政策課'],
    });
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .map((m) => m.toUpperCase())
        .filter((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))
        .map((method) => ({ method, path }))
        // Signing in is the one change made without a session (DESIGN, HTTP contract).
        .filter((op) => !(op.method === 'POST' && op.path === '/api/session')),
    );
  });
  afterAll(async () => app.close());

  const url = (path: string) =>
    path
      .replace('{planId}', String(planId))
      .replace('{policyNumber}', '1')
      .replace('{themeNumber}', '1')
      .replace('{code}', encodeURIComponent('⑦'))
      .replace('{fy}', 'R5')
      .replace('{accountId}', '1')
      .replace('{departmentId}', '1');

  const send = (op: Operation, headers: Partial<SessionHeaders>) => {
    const body = EXAMPLE_BODIES[`${op.method} ${op.path}`];
    return app.inject({
      method: op.method as 'POST',
      url: url(op.path),
      headers: { ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      ...(body === undefined
        ? {}
        : { headers: { ...headers, 'content-type': 'application/json' } }),
    });
  };

  const state = async () => ({
    report: (await app.inject({ method: 'GET', url: `/api/plans/${planId}/report` })).body,
    tree: (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/tree`,
        headers: { ...sessions.viewer },
      })
    ).body,
    audit: await getDb().selectFrom('audit_log').select('id').orderBy('id').execute(),
    accounts: await getDb().selectFrom('accounts').selectAll().orderBy('id').execute(),
    departments: await getDb().selectFrom('departments').selectAll().orderBy('id').execute(),
    plans: await getDb().selectFrom('plans').select(['id', 'name']).orderBy('id').execute(),
  });

  it('knows an example body for every change route of the OpenAPI document', () => {
    const documented = operations.map((op) => `${op.method} ${op.path}`).sort();
    expect(documented).toEqual(Object.keys(EXAMPLE_BODIES).sort());
  });

  it('refuses every change route without a session (401), without the CSRF token (403), to a viewer and to an editor of another department (403), changing nothing', async () => {
    const before = await state();
    const { viewer, otherEditor } = sessions;
    if (!viewer || !otherEditor) throw new Error('sessions not set up');
    const answers: string[] = [];
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      const noSession = await send(op, {});
      answers.push(`${key} no session ${noSession.statusCode}`);
      const noToken = await send(op, { cookie: viewer.cookie });
      answers.push(`${key} no token ${noToken.statusCode}`);
      if (OWN_SESSION.has(key)) continue;
      answers.push(`${key} viewer ${(await send(op, viewer)).statusCode}`);
      answers.push(`${key} other editor ${(await send(op, otherEditor)).statusCode}`);
    }
    const expected = operations.flatMap((op) => {
      const key = `${op.method} ${op.path}`;
      const lines = [`${key} no session 401`, `${key} no token 403`];
      return OWN_SESSION.has(key)
        ? lines
        : [...lines, `${key} viewer 403`, `${key} other editor 403`];
    });
    expect(answers).toEqual(expected);
    expect(await state()).toEqual(before);
  });
});
