import { spawnSync } from 'node:child_process';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ensureWebBuilt } from '../e2e/support/web-build.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { writeSelfEvaluation } from '../support/plan-calls.ts';

/*
 * Nothing unpublished reaches a visitor (issue 13): a marker is planted in every kind of data a
 * visitor must not read — a draft figure and narrative in a published year, a submitted
 * narrative, a returned entry's comment, the approved figure and narrative of a year never
 * published, and of a year published and then withdrawn — and every GET route of
 * /api/openapi.json is walked anonymously with every value of its parameters (the plan, the KPIs,
 * R1–R8, every format, shape and encoding, drafts=1), plus the web app's pages. A route added to
 * the API is walked without touching this file; one whose parameters it cannot fill fails it.
 */

const MARKER = 'LEAK-MARKER-20261201';
const NUMBER = '987654321';
/** The kinds of data planted, each with a marker of its own so that a leak names its kind. */
const PLANTED = [
  'draft-narrative-published-year',
  'approved-withdrawn-year',
  'draft-narrative',
  'submitted-narrative',
  'returned-narrative',
  'return-comment',
  'approved-unpublished-year',
] as const;
const marker = (what: (typeof PLANTED)[number]) => `${MARKER}-${what}`;

const YEARS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'];
/** ⑦ a decrease, ⑨ no target, ⑩ cumulative, ⑰ per department, ⑱ secondary figures; and the planted ones. */
const CODES = ['⑦', '⑨', '⑩', '⑰', '⑱', '①', '②', '⑧', '⑪'];

interface Parameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: { readonly enum?: readonly string[]; readonly default?: unknown };
}
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { readonly parameters?: readonly Parameter[] }>>;
}

/** Every value a parameter is walked with; a name missing here fails the test, by design. */
function valuesOf(parameter: Parameter, planId: number): readonly (string | undefined)[] {
  const optional = parameter.required === true ? [] : [undefined];
  // An enum with a default is walked by its values only: leaving it out asks for the default.
  if (parameter.schema?.enum) {
    return parameter.schema.default === undefined
      ? [...optional, ...parameter.schema.enum]
      : parameter.schema.enum;
  }
  const known: Record<string, readonly string[]> = {
    planId: [String(planId)],
    plan: [String(planId)],
    code: CODES,
    kpi: CODES,
    fy: YEARS,
    department: ['企画課', '総務課'],
    limit: ['100'],
  };
  const values = known[parameter.name];
  if (values !== undefined) return [...optional, ...values];
  if (parameter.required !== true) return [undefined];
  throw new Error(`no values to walk the required ${parameter.in} parameter "${parameter.name}"`);
}

/** Every URL of a route template: the cartesian product of its parameters' values. */
function urlsOf(template: string, parameters: readonly Parameter[], planId: number): string[] {
  let combos: Record<string, string>[] = [{}];
  for (const parameter of parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
    const values = valuesOf(parameter, planId);
    combos = combos.flatMap((combo) =>
      values.map((value) => (value === undefined ? combo : { ...combo, [parameter.name]: value })),
    );
  }
  const inPath = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
  return combos.map((combo) => {
    const path = template.replace(/\{(\w+)\}/g, (_all, name: string) => {
      const value = combo[name];
      if (value === undefined) throw new Error(`${template}: no value for the path's {${name}}`);
      return encodeURIComponent(value);
    });
    const query = Object.entries(combo)
      .filter(([name]) => !inPath.has(name))
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
    return query === '' ? path : `${path}?${query}`;
  });
}

/** A response's text, whatever it is: Shift_JIS decoded, an XLSX's XML, a PDF's text. */
async function textOf(response: LightMyRequestResponse): Promise<string> {
  const type = String(response.headers['content-type'] ?? '');
  const bytes = response.rawPayload;
  if (type.includes('shift_jis')) return iconv.decode(bytes, 'cp932');
  if (type.startsWith('application/vnd.openxmlformats')) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(Object.values(zip.files).map((file) => file.async('string')));
    return parts.join('\n');
  }
  if (type.startsWith('application/pdf')) {
    const run = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: bytes });
    expect(run.status, 'pdftotext').toBe(0);
    return run.stdout.toString('utf8');
  }
  return bytes.toString('utf8');
}

/** The markers a text holds, also across the line breaks and separators of a printed cell. */
function leaks(text: string): string[] {
  const squeezed = text.replace(/\s+/g, '');
  // Longest first: "draft-narrative" is inside "draft-narrative-published-year".
  const kinds = [...PLANTED].sort((a, b) => b.length - a.length);
  let rest = squeezed;
  const found: string[] = [];
  for (const kind of kinds) {
    if (rest.includes(marker(kind))) found.push(marker(kind));
    rest = rest.replaceAll(marker(kind), '');
  }
  if (rest.includes(MARKER)) found.push(MARKER);
  if (squeezed.replace(/,/g, '').includes(NUMBER)) found.push(NUMBER);
  return found;
}

forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;
  let editor: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp({ ...getHandle(), webRoot: await ensureWebBuilt() });
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
  }, 180_000);
  afterAll(async () => app.close());

  const call = async (
    who: SessionHeaders | undefined,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    payload?: object,
  ) => {
    const response = await app.inject({
      method,
      url: `/api/plans/${tenant.planId}${path}`,
      headers: { ...who },
      ...(payload === undefined ? {} : { payload }),
    });
    return response;
  };
  /** Each step of the planting must succeed, or the walk would prove nothing. */
  const ok = async (step: Promise<LightMyRequestResponse>, status = 200) => {
    const response = await step;
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    return response;
  };
  const kpi = (code: string) => `/kpis/${encodeURIComponent(code)}`;
  const figure = (who: SessionHeaders, code: string, fy: string, value: string, version = 0) =>
    ok(call(who, 'PUT', `${kpi(code)}/figures/${fy}`, { value, department: null, version }));
  const narrative = (who: SessionHeaders, code: string, fy: string, text: string, version = 0) =>
    ok(call(who, 'PUT', `${kpi(code)}/narratives/${fy}`, { text, department: null, version }));
  /** A move of 企画課's entry; a submission goes with the KPI's self-evaluation (一次評価). */
  const move = async (
    who: SessionHeaders,
    code: string,
    fy: string,
    action: 'submit' | 'approve' | 'return',
    extra: object = {},
  ) => {
    if (action === 'submit') await writeSelfEvaluation(app, tenant.planId, who, code, fy);
    return ok(
      call(who, 'POST', `/rounds/${fy}/entries/${encodeURIComponent(code)}/${action}`, {
        department: '企画課',
        ...extra,
      }),
    );
  };

  async function plant(): Promise<void> {
    // Drafts inside a published year (R5), by an admin.
    await figure(admin, '①', 'R5', NUMBER, 1);
    await narrative(admin, '②', 'R5', marker('draft-narrative-published-year'), 1);
    // R6: approved, published, then withdrawn.
    await ok(call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }), 201);
    await figure(editor, '⑩', 'R6', '5');
    await narrative(editor, '⑩', 'R6', marker('approved-withdrawn-year'));
    await move(editor, '⑩', 'R6', 'submit');
    await move(admin, '⑩', 'R6', 'approve');
    await ok(call(admin, 'POST', '/rounds/R6/close'));
    await ok(call(admin, 'PUT', '/publications/R6', { published: true }));
    await ok(call(admin, 'PUT', '/publications/R6', { published: false, reason: '訂正のため' }));
    // R7, never published: a draft, a submitted entry, a returned one, an approved one.
    await ok(call(admin, 'POST', '/rounds', { fy: 'R7', due: '2026-05-31' }), 201);
    await figure(editor, '⑦', 'R7', NUMBER);
    await narrative(editor, '⑦', 'R7', marker('draft-narrative'));
    await figure(editor, '⑧', 'R7', '4');
    await narrative(editor, '⑧', 'R7', marker('submitted-narrative'));
    await move(editor, '⑧', 'R7', 'submit');
    await figure(editor, '⑨', 'R7', '7');
    await narrative(editor, '⑨', 'R7', marker('returned-narrative'));
    await move(editor, '⑨', 'R7', 'submit');
    await move(admin, '⑨', 'R7', 'return', { comment: marker('return-comment') });
    await figure(editor, '⑪', 'R7', NUMBER);
    await narrative(editor, '⑪', 'R7', marker('approved-unpublished-year'));
    await move(editor, '⑪', 'R7', 'submit');
    await move(admin, '⑪', 'R7', 'approve');
  }

  it('shows a visitor no planted marker on any GET route, export or page', async () => {
    await plant();
    // The plants are there: a member asking for drafts reads them.
    const member = await textOf(await call(admin, 'GET', '/report?fy=R7&drafts=1'));
    expect(leaks(member)).toEqual(
      expect.arrayContaining([
        marker('draft-narrative'),
        marker('submitted-narrative'),
        marker('approved-unpublished-year'),
        NUMBER,
      ]),
    );
    expect(leaks(await textOf(await call(admin, 'GET', '/report?fy=R6')))).toEqual([
      marker('approved-withdrawn-year'),
    ]);
    expect(leaks(await textOf(await call(admin, 'GET', '/rounds/R7')))).toContain(
      marker('return-comment'),
    );

    // And the decoders find them: a member's files of R7 hold its approved figure and narrative.
    for (const query of ['format=xlsx', 'format=pdf', 'format=csv&encoding=shift_jis']) {
      const file = await ok(call(admin, 'GET', `/exports/report?fy=R7&${query}`));
      expect(leaks(await textOf(file)), query).toEqual(
        expect.arrayContaining([marker('approved-unpublished-year'), NUMBER]),
      );
    }

    const document = (
      await app.inject({ method: 'GET', url: '/api/openapi.json' })
    ).json<OpenApiDocument>();
    const urls = Object.entries(document.paths).flatMap(([template, methods]) =>
      methods.get === undefined
        ? []
        : urlsOf(template, methods.get.parameters ?? [], tenant.planId).map((url) => ({
            template,
            url,
          })),
    );
    const pages = ['/', '/index.html', `/plans/${tenant.planId}`, `/plans/${tenant.planId}/kpis/⑦`];
    const walked = new Map<string, number>();
    const types = new Set<string>();
    const found: string[] = [];
    for (const { template, url } of [
      ...urls,
      ...pages.map((page) => ({ template: page, url: page })),
    ]) {
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode === 200) {
        walked.set(template, (walked.get(template) ?? 0) + 1);
        types.add(`${template} ${String(response.headers['content-type'])}`);
      }
      for (const leak of leaks(await textOf(response))) found.push(`${url}: ${leak}`);
    }
    expect(found).toEqual([]);
    // The walk read real answers: the public routes and the exports of the published years.
    const gets = Object.entries(document.paths).filter(([, m]) => m.get !== undefined).length;
    expect(urls.length).toBeGreaterThan(gets);
    const exports = '/api/plans/{planId}/exports/report';
    // R3–R5 and the default year, each as XLSX, PDF, CSV (report and tidy, 2 encodings), JSON,
    // and the evaluation sheets (XLSX, PDF).
    expect(walked.get(exports)).toBe(4 * 9);
    expect([...types].filter((t) => t.startsWith(exports)).sort()).toEqual(
      [
        'application/json; charset=utf-8',
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv; charset=shift_jis',
        'text/csv; charset=utf-8',
      ].map((type) => `${exports} ${type}`),
    );
    for (const open of [
      '/api/plans/{planId}',
      '/api/plans/{planId}/report',
      '/api/plans/{planId}/feed.atom',
      '/',
      '/index.html',
    ]) {
      expect(walked.get(open), open).toBeGreaterThan(0);
    }
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.body).toContain('<div id="root">');
  }, 240_000);

  it('fails a route whose parameters it cannot fill', () => {
    const unknown = { in: 'path', name: 'widgetId', required: true } as const;
    expect(() => urlsOf('/api/widgets/{widgetId}', [unknown], 1)).toThrow(
      'no values to walk the required path parameter "widgetId"',
    );
  });
});
