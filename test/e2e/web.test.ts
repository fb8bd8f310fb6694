import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './pages/dashboard-page.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { PlanListPage } from './pages/plan-list-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';
import { extractPdfText } from './support/pdf-extract.ts';
import { embedsFonts, pdfText } from './support/pdf-text.ts';

/*
 * The web app in a real headless Chromium against the real server: a fresh SQLite database
 * with the Yuzawa R5 demo plan, the built app served from dist/web.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({ pageErrors }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A journey through one browser page: each step starts where the last one left it.
describe('web app', { shuffle: false }, () => {
  it('lists the plans, reachable by keyboard from a skip link with a visible focus', async () => {
    const list = new PlanListPage(page, server.url);
    await list.goto();
    expect(await list.planTitles()).toEqual(['湯沢市行財政改革実施計画']);
    expect(await list.tabFromTop(1)).toEqual({ text: '本文へ移動', outline: 'solid' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await list.screenshot('plans');
    expect(await seriousViolations(page)).toEqual([]);
    await list.openPlan('湯沢市行財政改革実施計画');
    expect(new URL(page.url()).pathname).toBe(`/plans/${planId}`);
  });

  it('opens the dashboard of the latest year: counts by grade and policy, KPIs at risk', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await dashboard.heading()).toBe('令和5年度（2023） 進捗状況');
    expect(await dashboard.currentYear()).toBe('令和5年度（2023）');
    expect(await dashboard.stat('KPI数')).toBe('20');
    const grades = await dashboard.gradeCounts();
    expect(Object.values(grades).reduce((a, b) => a + b, 0)).toBe(20);
    expect(grades['評価なし']).toBe(2); // ⑨ and ⑫ have no target: no rate, not 0%
    const policies = await dashboard.policies();
    expect(policies.map((p) => p.name)).toEqual([
      '1 地域経営マネジメント',
      '2 公共施設マネジメント',
      '3 行政経営マネジメント',
      '4 リスクマネジメント',
    ]);
    expect(policies.reduce((n, p) => n + p.kpis, 0)).toBe(20);
    expect(await dashboard.atRiskCodes()).toContain('③'); // 64 → 58, 85, 60 against 100
    // The year's changes: ③ fell from 85% (B) in R4 to 60% (C).
    expect(await dashboard.gradeChanges()).toContainEqual(
      expect.stringMatching(/^③ 生涯学習人材バンクの活用件数 悪化 85% B → 60% C$/),
    );
    await dashboard.screenshot('dashboard');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('names the plan’s Atom feed in the head of its public pages, once, and of no other', async () => {
    const feedLinks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')].map(
          (link) => `${link.type} ${link.href}`,
        ),
      );
    const feed = `application/atom+xml ${server.url}/api/plans/${planId}/feed.atom`;
    const plans = new PlanListPage(page, server.url);
    await plans.goto();
    expect(await feedLinks()).toEqual([]);
    const [title] = await plans.planTitles();
    await plans.openPlan(String(title)); // within the app, no page load
    expect(await feedLinks()).toEqual([feed]);
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await feedLinks()).toEqual([feed]);
    await table.openKpi('⑦');
    expect(await feedLinks()).toEqual([feed]);
    await page.getByRole('link', { name: '計画一覧' }).click();
    await plans.waitForContent();
    expect(await feedLinks()).toEqual([]);
    const answer = await fetch(feed.split(' ')[1] ?? '');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/atom+xml');
  });

  it('switches the year, keeping it in the URL', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    await dashboard.switchYear('令和4年度（2022）');
    expect(new URL(page.url()).searchParams.get('fy')).toBe('2022');
    expect(await dashboard.heading()).toBe('令和4年度（2022） 進捗状況');
  });

  it('shows the progress table in the published layout and filters it', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    await table.showAllYears();
    const headers = await table.headerTexts();
    for (const header of [
      '基本方針',
      '担当課',
      '基準値',
      '単位',
      '実績値',
      'R3',
      'R4',
      'R5',
      '目標値',
      '取組内容等',
    ]) {
      expect(headers.map((h) => h.replace(/\s+/g, ''))).toContain(header);
    }
    expect(await table.kpiCodes()).toHaveLength(20);
    // ⑦ a decrease KPI: 264,000 / 283,179 = 93%, digits grouped as printed
    const kpi7 = table.rowOf('⑦');
    expect(await kpi7.locator('.rate').innerText()).toBe('93%');
    expect(await kpi7.innerText()).toContain('283,179');
    // ⑰ per-department rows and its cumulative row
    const kpi17 = await table.rowOf('⑰').innerText();
    expect(kpi17).toContain('情報政策課');
    expect(kpi17).toContain('上下水道課');
    expect(kpi17).toContain('累計');
    // ⑱'s total row keeps the label the city printed: 合計, not 累計
    const kpi18 = await table.rowOf('⑱').locator('.sub-row--total').innerText();
    expect(kpi18).toContain('合計');
    expect(kpi18).not.toContain('累計');
    await table.screenshot('progress-table');
    expect(await seriousViolations(page)).toEqual([]);

    await table.filterBy('基本方針', '2 公共施設マネジメント');
    expect(await table.kpiCodes()).toEqual(['⑦', '⑧', '⑨', '⑩']);
    await table.filterBy('担当課', '企画課');
    expect(await table.kpiCodes()).toEqual(['⑦', '⑧', '⑨', '⑩']);
    await table.toggleTag();
    expect(await table.kpiCodes()).toEqual(['⑦']);
    const shared = new URL(page.url()).searchParams;
    expect(shared.get('policy')).toBe('2');
    expect(shared.get('dept')).toBe('企画課');
    expect(shared.get('tag')).toBe('★');
    // The downloads follow the filters: the Excel link holds them, and its file only ⑦.
    await page.locator('.download-menu summary').click();
    expect(await page.locator('.download-menu p').first().innerText()).toContain(
      '絞り込み「基本方針2・担当課：企画課・★」を反映します',
    );
    const excel = await page
      .getByRole('link', { name: 'Excel', exact: false })
      .getAttribute('href');
    const excelQuery = new URL(String(excel), server.url).searchParams;
    expect([excelQuery.get('policy'), excelQuery.get('dept'), excelQuery.get('tag')]).toEqual([
      '2',
      '企画課',
      '★',
    ]);
    const file = await fetch(new URL(String(excel), server.url));
    expect(decodeURIComponent(String(file.headers.get('content-disposition')))).toContain(
      '_R5_方針2_企画課_★_report.xlsx',
    );

    // The URL alone gives the same view.
    await table.goto(planId, '?grade=D&sort=rate-asc');
    const worst = await table.kpiCodes();
    expect(worst[0]).toBe('⑲'); // 0%
    expect(await table.resultCount()).toMatch(/件 \/ 全20件/);

    await table.goto(planId);
    await table.search('ウォーターPPP'); // only in ⑩'s narrative
    expect(await table.kpiCodes()).toEqual(['⑩']);
    await table.search('該当しない語句');
    expect(await page.getByText('条件に合うKPIはありません。').isVisible()).toBe(true);
  });

  it('opens a KPI and reads its chart as a data table', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    await table.openKpi('⑦');
    const kpi = new KpiPage(page, server.url);
    expect(new URL(page.url()).pathname).toBe(`/plans/${planId}/kpis/${encodeURIComponent('⑦')}`);
    expect(await kpi.heading()).toContain('公共施設の延べ床面積');
    expect(await kpi.rate()).toBe('93%');
    expect(await kpi.formula()).toBe('264,000 ÷ 283,179 = 93.23% → 93%');
    expect(await kpi.chartLabel()).toBe('推移');
    const rows = await kpi.trendRows();
    expect(rows).toContainEqual({
      year: '令和元年度（2019）',
      kind: '基準値',
      value: '299,963 m²',
    });
    expect(rows).toContainEqual({ year: '令和5年度（2023）', kind: '実績値', value: '283,179 m²' });
    expect(rows).toContainEqual({ year: '令和8年度（2026）', kind: '目標値', value: '264,000 m²' });
    expect(rows.some((r) => r.kind === '見込み（傾向線）' && r.year === '令和8年度（2026）')).toBe(
      true,
    );
    expect((await kpi.narratives()).join('\n')).toContain('寺沢倉庫');
    await kpi.screenshot('kpi');
    expect(await seriousViolations(page)).toEqual([]);

    await kpi.goto(planId, '⑰');
    expect(await kpi.formula()).toBe('13 ÷ 17 = 76.47% → 76%');
    expect((await kpi.departmentRows()).join('\n')).toMatch(/上下水道課\s+1 件/);
    await kpi.screenshot('kpi-departments');
    await kpi.goto(planId, '⑱');
    expect((await kpi.departmentRows()).at(-1)).toMatch(/^合計\s+2\(1\) 件/);
  });

  it('switches to English and back, keeping the view', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId, '?policy=4');
    await table.switchLanguage();
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('policy')).toBe('4');
    expect(await table.heading()).toBe('Progress table, FY2023 (R5)');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await table.headerTexts()).toContain('Department');
    expect(await table.kpiCodes()).toEqual(['⑰', '⑱', '⑲', '⑳']);
    expect(await table.rowOf('⑰').locator('.sub-row--total').innerText()).toContain('Cumulative');
    expect(await table.rowOf('⑱').locator('.sub-row--total').innerText()).toContain('Total');
    // The filter line speaks the reader's language.
    await page.locator('.download-menu summary').click();
    expect(await page.locator('.download-menu p').first().innerText()).toContain(
      'filtered: basic policy 4)',
    );
    await table.screenshot('progress-table-en');
    expect(await seriousViolations(page)).toEqual([]);

    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId, '?lang=en');
    expect(await dashboard.stat('KPIs')).toBe('20');
    await dashboard.switchLanguage();
    expect(await dashboard.heading()).toBe('令和5年度（2023） 進捗状況');
  });

  it('prints the progress table on A4 landscape with its Japanese text and embedded fonts', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    const pdf = await table.pdf();
    expect(embedsFonts(pdf)).toBe(true);
    const { text } = pdfText(pdf);
    const compact = text.replace(/\s+/g, '');
    for (const expected of [
      '進捗管理表',
      '重要業績評価指標',
      '担当課',
      '企画課',
      '湯沢市',
      '283,179',
      '93%',
      '雪の共助組織活動',
    ]) {
      expect(compact).toContain(expected.normalize('NFKC'));
    }
    // Our own reader finds the same text, so the check holds where poppler is missing.
    const own = extractPdfText(pdf).replace(/\s+/g, '');
    for (const expected of ['進捗管理表', '担当課', '企画課', '283,179', '93%']) {
      expect(own).toContain(expected.normalize('NFKC'));
    }
    // A4 landscape: 842 × 595 points
    expect(Buffer.from(pdf).toString('latin1')).toMatch(
      /\/MediaBox\s*\[0 0 841\.\d+ 59[45]\.\d+\]/,
    );
  });

  it('shows an error state for a KPI that does not exist, and no page errors anywhere', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '㉑');
    expect(await page.getByRole('alert').innerText()).toContain('見つかりません');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
