import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ImportPreviewView, ImportResultView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { multipartBody } from '../support/multipart.ts';
import { policiesWorkbookBytes } from '../support/policies-workbook.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * A workbook of one worksheet per basic policy over HTTP: the preview names its worksheets, the
 * upload's `sheet` field reads another (a choice made, so the others raise no problem), and a
 * name the workbook lacks is refused, naming those it has, before anything is written.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;
  let plans = 0;
  let planName: string;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    plans += 1;
    planName = `総合戦略-シート-${plans}`;
  });

  const post = async (url: string, fields: Record<string, string>) => {
    const file = { name: 'plan-r5.xlsx', bytes: await policiesWorkbookBytes() };
    const body = multipartBody(fields, file);
    return app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, ...admin },
    });
  };

  it('names the worksheets, reads the one the sheet field names, and imports it alone', async () => {
    const first = await post('/api/imports/preview', { plan: planName });
    expect(first.statusCode, first.body).toBe(200);
    const unchosen = first.json<ImportPreviewView>();
    expect(unchosen.sheets).toEqual({ read: '基本目標1', others: ['基本目標2'] });
    expect(unchosen.kpis.map((k) => k.title)).toEqual(['観光客数（万人）']);
    expect(unchosen.problems.map((p) => p.kind)).toEqual(['reading']);
    expect(unchosen.problems[0]?.message).toContain(
      'other worksheets with content are not read: 基本目標2',
    );

    const second = await post('/api/imports/preview', { plan: planName, sheet: ' 基本目標2 ' });
    expect(second.statusCode, second.body).toBe(200);
    const chosen = second.json<ImportPreviewView>();
    expect(chosen.sheets).toEqual({ read: '基本目標2', others: ['基本目標1'] });
    expect(chosen.kpis.map((k) => [k.title, k.printed, k.computed, k.match])).toEqual([
      ['出生数（人）', '88.4%', '88.4%', true],
    ]);
    expect(chosen.problems).toEqual([]);

    const imported = await post('/api/imports', {
      plan: planName,
      createPlan: 'true',
      sheet: '基本目標2',
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const result = imported.json<ImportResultView>();
    expect(result.kpis).toBe(1);
    const tree = await app.inject({
      method: 'GET',
      url: `/api/plans/${result.planId}/tree`,
      headers: { ...admin },
    });
    expect(tree.body).toContain('出生数');
    expect(tree.body).not.toContain('観光客数');
  });

  it('refuses a worksheet the workbook lacks, naming those it has, and a name past Excel’s limit', async () => {
    for (const url of ['/api/imports/preview', '/api/imports']) {
      const missing = await post(url, { plan: planName, createPlan: 'true', sheet: '基本目標9' });
      expect(missing.statusCode, url).toBe(400);
      expect(missing.json<{ error: { message: string } }>().error.message).toContain(
        'no worksheet named 基本目標9 (the workbook has: 基本目標1, 基本目標2)',
      );
      const long = await post(url, { plan: planName, createPlan: 'true', sheet: 'x'.repeat(32) });
      expect(long.statusCode, url).toBe(400);
      expect(long.body).toContain('sheet');
    }
    const plansNow = await app.inject({ method: 'GET', url: '/api/plans', headers: { ...admin } });
    expect(plansNow.body).not.toContain(planName);
  });
});
