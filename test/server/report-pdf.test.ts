import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPlanReport } from '../../src/domain/plan-report.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { buildApp } from '../../src/server/app.ts';
import { pdfText } from '../e2e/support/pdf-text.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { demoPlan, freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The printed report (format=pdf) over HTTP: Chromium prints the same table as XLSX and CSV,
 * A4 landscape, and its text holds every KPI code, title and printed rate of the report
 * (buildPlanReport: 50%, 220%, … 100.2%, the 18 rates), in order; a draft planted by an admin
 * is not in a visitor's PDF.
 */

const MARKER = 'PDF下書きマーカー（未承認）';

/**
 * pdftotext in reading order (-raw keeps a cell's wrapped lines together), spaces dropped;
 * NFKC folds the Kangxi radicals some glyphs map to, and ① into 1, so `literal` keeps them.
 */
function rawText(pdf: Uint8Array, literal = false): string {
  const run = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf });
  const text = run.status === 0 ? run.stdout.toString('utf8') : pdfText(pdf).text;
  return (literal ? text : text.normalize('NFKC')).replace(/\s+/g, '');
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

forEachDatabase((kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;

  beforeAll(async () => {
    // 20:00 UTC on 5 December is 05:00 on 6 December in Japan: the report is made on the 6th.
    app = await buildApp({ ...getHandle(), now: () => new Date('2026-12-05T20:00:00Z') });
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
  });
  afterAll(async () => app.close());

  const pdf = async (who?: SessionHeaders) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${tenant.planId}/exports/report?fy=R5&format=pdf`,
      headers: { ...who },
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return response;
  };

  it('prints every KPI code, title and rate of the report, A4 landscape', async () => {
    const response = await pdf();
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain('_R5_report.pdf');
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = bytes.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const [, width = '0', height = '0'] = /\[0 0 ([\d.]+) ([\d.]+)\]/.exec(box) ?? [];
      expect(Math.round(Number(width))).toBe(843);
      expect(Math.round(Number(height))).toBe(596);
    }
    const report = buildPlanReport(await demoPlan(), fiscalYear(2023));
    const text = rawText(bytes);
    const literal = rawText(bytes, true);
    for (const row of report.rows) {
      expect(literal, row.code).toContain(row.code);
      expect(text, row.code).toContain(squeeze(`${row.code}${row.tags.join('')}${row.title}`));
    }
    const rates = report.rows.flatMap((row) => (row.rate === null ? [] : [row.rate]));
    expect(rates).toHaveLength(18);
    expect(rates.slice(0, 2)).toEqual(['50%', '220%']);
    // In the order of the table, each after the one before.
    let at = text.indexOf('KPI20件');
    expect(at).toBeGreaterThan(0);
    for (const rate of rates) {
      const next = text.indexOf(rate, at);
      expect(next, rate).toBeGreaterThan(at);
      at = next + rate.length;
    }
    for (const word of [
      '令和5年度',
      '作成日:2026年12月6日',
      '評価',
      'A:100%以上',
      'D:60%未満',
      '1/2ページ',
    ]) {
      expect(text).toContain(word);
    }
    expect(pdfText(bytes).text).toContain('重要業績評価指標');
    if (kind === 'sqlite') {
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/report-r5.pdf', bytes);
      const png = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-singlefile',
        'test-results/report-r5.pdf',
        'test-results/report-r5-page1',
      ]);
      expect(png.status).toBe(0);
    }
  });

  it('keeps a draft planted by an admin out of a visitor’s PDF', async () => {
    const planted = await app.inject({
      method: 'PUT',
      url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('②')}/narratives/R5`,
      headers: { ...admin },
      payload: { text: MARKER, department: null, version: 1 },
    });
    expect(planted.statusCode).toBe(200);
    const figure = await app.inject({
      method: 'PUT',
      url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('①')}/figures/R5`,
      headers: { ...admin },
      payload: { value: '987654321', department: null, version: 1 },
    });
    expect(figure.json()).toMatchObject({ state: 'draft' });
    const text = rawText((await pdf()).rawPayload);
    expect(text).not.toContain(squeeze(MARKER));
    expect(text).not.toContain('987,654,321');
    expect(text).not.toContain('987654321');
    expect(text).toContain('50%');
  });
});
