import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/io/read-report-file.ts';
import type { ImportedReport } from '../../src/io/imported-report.ts';
import { planExportSchema } from '../../src/io/export/plan-export-schema.ts';
import type { PlanExport } from '../../src/io/export/plan-export-schema.ts';
import { planKpis } from '../../src/domain/model.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * The downloads of the progress table over HTTP: every format answers with its type and a
 * file name naming plan, year and shape; a reader gets only what it may see — a visitor the
 * published years, everyone the approved figures — so a draft planted by an admin is in none
 * of them; another municipality's unpublished plan is not there at all.
 */

const MARKER = '下書きの取組内容（未承認）';
const DOWNLOADS = [
  { query: 'format=xlsx', type: /^application\/vnd\.openxmlformats/, name: 'R5_report.xlsx' },
  { query: 'format=csv', type: /^text\/csv; charset=utf-8/, name: 'R5_report.csv' },
  {
    query: 'format=csv&encoding=shift_jis',
    type: /^text\/csv; charset=shift_jis/,
    name: 'R5_report_sjis.csv',
  },
  { query: 'format=csv&shape=tidy', type: /^text\/csv; charset=utf-8/, name: 'R5_tidy.csv' },
  { query: 'format=json', type: /^application\/json/, name: 'R5.json' },
] as const;

forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;
  let viewer: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  // Each test its own municipality and plan: some withdraw a year, plant drafts or rename a KPI.
  beforeEach(async () => {
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    viewer = (await tenant.member({ role: 'viewer' })).headers;
  });
  afterAll(async () => app.close());

  const download = (query: string, who?: SessionHeaders, planId = tenant.planId) =>
    app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/exports/report?${query}`,
      headers: { ...who },
    });

  /** What a reader gets in each format, read back: the report files by the importer. */
  async function contents(who: SessionHeaders | undefined, fy: string) {
    const read = async (query: string, file: string): Promise<ImportedReport> => {
      const response = await download(`fy=${fy}&${query}`, who);
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      return readReportFile(file, response.rawPayload);
    };
    const texts = {
      csv: (await download(`fy=${fy}&format=csv`, who)).rawPayload.toString('utf8'),
      sjis: iconv.decode(
        (await download(`fy=${fy}&format=csv&encoding=shift_jis`, who)).rawPayload,
        'cp932',
      ),
      tidy: (await download(`fy=${fy}&format=csv&shape=tidy`, who)).rawPayload.toString('utf8'),
      json: (await download(`fy=${fy}&format=json`, who)).body,
    };
    return {
      texts,
      reports: [
        await read('format=xlsx', 'r.xlsx'),
        await read('format=csv', 'r.csv'),
        await read('format=csv&encoding=shift_jis', 's.csv'),
      ],
      tidy: parse(texts.tidy, { bom: true, columns: true }) as Record<string, string>[],
      json: planExportSchema.parse(JSON.parse(texts.json)) as PlanExport,
    };
  }

  const firstKpiR5 = (report: ImportedReport) =>
    planKpis(report.plan)
      .find((k) => k.code === '①')
      ?.actuals.find((a) => a.fiscalYear === 2023)?.figure.value;

  const LICENSE =
    '<https://creativecommons.org/licenses/by/4.0/deed.ja>; rel="license"; title="CC BY 4.0"';

  it('answers each format with its type and a disposition naming plan, year and shape', async () => {
    for (const { query, type, name } of DOWNLOADS) {
      const response = await download(`fy=R5&${query}`);
      expect(response.statusCode, query).toBe(200);
      expect(response.headers['content-type']).toMatch(type);
      const disposition = String(response.headers['content-disposition']);
      expect(disposition).toBe(
        `attachment; filename="plan-${tenant.planId}_${name}"; filename*=UTF-8''${encodeURIComponent(`湯沢市行財政改革実施計画_${name}`)}`,
      );
      expect(response.headers.link).toBe(LICENSE);
    }
    const schema = await app.inject({ method: 'GET', url: '/api/schemas/plan-export.json' });
    expect(schema.headers.link).toBe(LICENSE);
    expect(schema.json()).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['plan']),
    });
  });

  it('keeps a draft planted by an admin out of every format, for visitors and members', async () => {
    const figure = await app.inject({
      method: 'PUT',
      url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('①')}/figures/R5`,
      headers: { ...admin },
      payload: { value: '7', department: null, version: 1 },
    });
    expect(figure.json()).toMatchObject({ state: 'draft' });
    const narrative = await app.inject({
      method: 'PUT',
      url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('②')}/narratives/R5`,
      headers: { ...admin },
      payload: { text: MARKER, department: null, version: 1 },
    });
    expect(narrative.statusCode).toBe(200);
    for (const who of [undefined, viewer, admin]) {
      const got = await contents(who, 'R5');
      for (const text of Object.values(got.texts)) expect(text).not.toContain(MARKER);
      for (const report of got.reports) expect(firstKpiR5(report)).toBe('1');
      const tidyFirst = got.tidy.find((r) => r['KPI番号'] === '①' && r['年度'] === '2023');
      expect(tidyFirst).toMatchObject({ 実績値: '1', 達成率: '50' });
      const jsonFirst = got.json.plan.policies[0]?.themes[0]?.kpis[0];
      expect(jsonFirst?.actuals.find((a) => a.fiscalYear === 2023)?.figure.value).toBe('1');
      expect(jsonFirst?.result.rate).toBe('50%');
    }
  });

  it('gives a visitor the published years only', async () => {
    const withdrawn = await app.inject({
      method: 'PUT',
      url: `/api/plans/${tenant.planId}/publications/R5`,
      headers: { ...admin },
      payload: { published: false, reason: '集計の誤りを確認するため' },
    });
    expect(withdrawn.statusCode).toBe(200);
    for (const { query } of DOWNLOADS) {
      expect((await download(`fy=R5&${query}`)).statusCode, query).toBe(404);
      expect((await download(`fy=R5&${query}`, viewer)).statusCode, query).toBe(200);
    }
    const visitor = await contents(undefined, 'R4');
    expect(visitor.json.fiscalYears).toEqual([2021, 2022]);
    expect(new Set(visitor.tidy.map((r) => r['年度']))).toEqual(new Set(['2021', '2022']));
    expect(visitor.texts.csv).not.toContain('R5');
    for (const report of visitor.reports) expect(report.fiscalYear).toBe(2022);
    // Without a year a visitor gets the latest published one.
    expect(String((await download('format=json')).headers['content-disposition'])).toContain(
      '_R4.json',
    );
  });

  it('applies the table’s filters, naming them in the file name and the printed title', async () => {
    const filter = `&dept=${encodeURIComponent('企画課')}&tag=${encodeURIComponent('★')}`;
    const all = await contents(undefined, 'R5');
    const expected = all.reports[0]?.kpis
      .map((k) => k.kpi)
      .filter((k) => k.departments.includes('企画課') && k.tags.includes('★'))
      .map((k) => k.code);
    expect(expected?.length).toBeGreaterThan(0);
    expect(expected?.length).toBeLessThan(20);
    for (const [query, file] of [
      ['format=xlsx', 'f.xlsx'],
      ['format=csv&encoding=shift_jis', 'f.csv'],
    ] as const) {
      const response = await download(`fy=R5&${query}${filter}`);
      expect(response.statusCode).toBe(200);
      expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
        '湯沢市行財政改革実施計画_R5_企画課_★_report',
      );
      const report = await readReportFile(file, response.rawPayload);
      expect(report.kpis.map((k) => k.kpi.code)).toEqual(expected);
      // The kept KPIs' printed rates are those of the whole table.
      for (const kept of report.kpis) {
        const whole = all.reports[0]?.kpis.find((k) => k.kpi.code === kept.kpi.code);
        expect(kept.printedRate, kept.kpi.code).toEqual(whole?.printedRate);
      }
    }
    const csv = (await download(`fy=R5&format=csv${filter}`)).rawPayload.toString('utf8');
    expect(csv.split('\n')[0]).toContain('進捗状況（絞り込み：担当課：企画課・★）');
    const tidy = parse((await download(`fy=R5&format=csv&shape=tidy${filter}`)).rawPayload, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect([...new Set(tidy.map((r) => r['KPI番号']))]).toEqual(expected);
    const json = planExportSchema.parse((await download(`fy=R5&format=json${filter}`)).json());
    expect(
      json.plan.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis.map((k) => k.code))),
    ).toEqual(expected);
    // An empty filter value is refused, naming the parameter.
    const blank = await download('fy=R5&format=csv&dept=');
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('dept');
  });

  describe('refusals', () => {
    it('does not know another municipality’s unpublished plan (404), nor a bad query (400)', async () => {
      const other = await freshTenant(getHandle(), { publish: false });
      for (const who of [undefined, viewer, admin]) {
        expect((await download('fy=R5&format=xlsx', who, other.planId)).statusCode).toBe(404);
      }
      const own = (await other.member({ role: 'viewer' })).headers;
      expect((await download('fy=R5&format=xlsx', own, other.planId)).statusCode).toBe(200);
      expect((await download('fy=R5&format=docx')).statusCode).toBe(400);
      expect((await download('fy=R5&format=xlsx&shape=tidy')).json()).toMatchObject({
        error: { code: 'validation', details: { field: 'shape' } },
      });
    });

    it('refuses Shift_JIS for a character CP932 lacks, naming the KPI and field', async () => {
      const tree = await app.inject({
        method: 'GET',
        url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('⑤')}`,
        headers: { ...admin },
      });
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/plans/${tenant.planId}/kpis/${encodeURIComponent('⑤')}`,
        headers: { ...admin },
        payload: {
          title: '𠮟咤激励の件数',
          version: tree.json<{ version: number }>().version,
          reason: '指標名の表記の訂正',
        },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const refused = await download('fy=R5&format=csv&encoding=shift_jis');
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { message: string } }>().error.message).toMatch(
        /KPI ⑤ KPI: the character "𠮟" \(U\+20B9F\) cannot be written in Shift_JIS/,
      );
      expect((await download('fy=R5&format=csv')).body).toContain('𠮟咤激励の件数');
    });
  });
});
