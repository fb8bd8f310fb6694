import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { pdfText } from '../e2e/support/pdf-text.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The evaluation sheets (評価シート, issue 21) of the published R5: per KPI one worksheet (XLSX)
 * or page (PDF) with its definition, series, rate and grade, narrative and evaluation levels;
 * a visitor's file holds the levels the plan publishes only.
 */

const SEVEN = encodeURIComponent('⑦');

async function worksheetText(bytes: Buffer, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no worksheet ${name}`);
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells.join('|');
}

forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    const committee = (await tenant.member({ role: 'committee' })).headers;
    const put = async (who: SessionHeaders, body: object) => {
      const answer = await planCall(
        app,
        tenant.planId,
        who,
        'PUT',
        `/kpis/${SEVEN}/evaluations/R5`,
        { version: 0, ...body },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    };
    await put(admin, { level: 'second', grade: 'B', text: '二次評価の所見：統廃合は進んでいる' });
    await put(committee, { level: 'external', grade: 'C', text: '外部委員の意見：説明が不足' });
    await put(admin, { level: 'final', grade: 'B', text: '最終判断の理由', direction: 'review' });
    const scheme = await planCall(app, tenant.planId, admin, 'PUT', '/evaluation-scheme', {
      levels: ['self', 'second', 'external', 'final'],
      grades: [
        { label: 'A', meaning: '順調' },
        { label: 'B', meaning: 'おおむね順調' },
        { label: 'C', meaning: '遅れ' },
        { label: 'D', meaning: '大幅な遅れ' },
      ],
      published: ['second', 'final'],
      version: 0,
    });
    expect(scheme.status).toBe(200);
  });
  afterAll(async () => app.close());

  const sheets = async (format: 'xlsx' | 'pdf', who?: SessionHeaders) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${tenant.planId}/exports/report?fy=R5&format=${format}&shape=sheets`,
      headers: { ...who },
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return response;
  };

  it('gives a member one worksheet per KPI with its definition, series, rate and every level, and one per theme program', async () => {
    const response = await sheets('xlsx', admin);
    expect(response.headers['content-disposition']).toContain('sheets.xlsx');
    const text = await worksheetText(response.rawPayload, '⑦');
    // ⑦ a decrease: 264,000 m² against 283,179 in R5, 93%.
    for (const expected of [
      '⑦',
      '指標の定義',
      '企画課',
      '実績の推移',
      '283179',
      '93%',
      '取組内容',
      '二次評価',
      'B おおむね順調',
      '二次評価の所見：統廃合は進んでいる',
      '外部評価',
      '外部委員の意見：説明が不足',
      '最終判断',
      '今後の方向性: 見直し',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => !n.startsWith('テーマ'))).toHaveLength(20);
    // Each theme program's page comes before its KPIs': ⑦'s theme lists it with its levels.
    const theme = names[names.indexOf('⑦') - 1] ?? '';
    expect(theme).toMatch(/^テーマ\d+$/);
    const summary = await worksheetText(response.rawPayload, theme);
    expect(summary).toMatch(/公共施設の再編・再配置の展開/);
    expect(summary).toMatch(
      /⑦ .*\|93%\|.*\|B おおむね順調\|C 遅れ\|B おおむね順調（今後の方向性: 見直し）/,
    );
  });

  it('gives a visitor the published levels only', async () => {
    const text = await worksheetText((await sheets('xlsx')).rawPayload, '⑦');
    expect(text).toContain('二次評価の所見');
    expect(text).toContain('最終判断の理由');
    expect(text).not.toContain('外部委員の意見');
  });

  it('prints the sheets as a PDF, one page per KPI, with the levels', async () => {
    const response = await sheets('pdf', admin);
    expect(response.headers['content-type']).toBe('application/pdf');
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: response.rawPayload });
    const text = (
      run.status === 0 ? run.stdout.toString('utf8') : pdfText(response.rawPayload).text
    ).replace(/\s+/g, '');
    expect(text).toContain('二次評価の所見：統廃合は進んでいる');
    expect(text).toContain('外部委員の意見：説明が不足');
    expect(text).toContain('評価シート');
    // At least a page per KPI.
    const pages = (response.rawPayload.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(20);
  });

  it('refuses the sheets as CSV, naming the shape', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${tenant.planId}/exports/report?fy=R5&format=csv&shape=sheets`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('shape');
  });
});
