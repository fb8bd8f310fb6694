import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { scrollsSideways } from './pages/kpi-cards.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * What people stumbled on when trying the public site as new users (issue 13), each on the
 * real server with the Yuzawa R5 demo plan, on a 1366 × 768 laptop.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({
    pageErrors,
    viewport: { width: 1366, height: 768 },
  }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A box of an element, in window pixels. */
function box(selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
}

// A journey through one browser page: each step starts where the last one left it.
describe('the public site, as a new user found it', { shuffle: false }, () => {
  it('scrolls the table inside a frame that fits the laptop screen, the KPI column frozen', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await scrollsSideways(page)).toBe(false);
    // Every year's actuals make it wider than the laptop: it scrolls inside its frame.
    await table.showAllYears();
    expect(await scrollsSideways(page)).toBe(false);
    await page.locator('.table-frame').evaluate((frame) => frame.scrollIntoView());
    const frame = await box('.table-frame');
    expect(frame.right).toBeLessThanOrEqual(1366);
    expect(frame.bottom).toBeLessThanOrEqual(768); // its horizontal scrollbar on screen
    // Scrolled to the far right, the narrative column is whole and ⑦'s KPI cell still in view.
    await page.locator('.table-frame').evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
    const seventh = table.rowOf('⑦');
    const kpi = await seventh.locator('th.col-kpi').evaluate((e) => e.getBoundingClientRect());
    const narrative = await seventh
      .locator('td.col-narrative')
      .evaluate((e) => e.getBoundingClientRect());
    expect(Math.round(kpi.left)).toBeGreaterThanOrEqual(Math.floor(frame.left));
    expect(Math.round(kpi.left)).toBeLessThanOrEqual(Math.ceil(frame.left) + 2);
    expect(narrative.right).toBeLessThanOrEqual(frame.right);
    expect(narrative.left).toBeGreaterThanOrEqual(kpi.right - 1); // not under the frozen column
    await page.screenshot({ path: 'test-results/laptop-table-scrolled.png' });
  });

  it('defines the grades A–D by the plan’s cuts on the dashboard, the table and its print', async () => {
    const legend = () => page.locator('.grade-legend').innerText();
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await legend()).toMatch(/A\s*達成率 100%以上/);
    expect(await legend()).toMatch(/D\s*達成率 60%未満/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.grade-legend').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await legend()).toMatch(/B\s*達成率 80%以上[\s\S]*C\s*達成率 60%以上/);
  });

  it('leads the dashboard with the share achieved and explains the average of rates', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await page.locator('.stat dt').first().innerText()).toBe('達成したKPIの割合');
    const average = await page
      .locator('.stat')
      .filter({ hasText: '達成率の平均' })
      .locator('.stat__note')
      .innerText();
    expect(average).toMatch(/100%で頭打ちにした場合 \d+(\.\d)?%/);
    await dashboard.screenshot('laptop-dashboard');
  });

  it('prints projections of counts as whole numbers (no 0.33 回)', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    const atRisk = await page.locator('.risk-list').first().innerText();
    expect(atRisk).toMatch(/の見込み/);
    expect(atRisk).not.toMatch(/\d\.\d+ (回|件|人|団体|施設|箇所)/);
  });

  it('shows ⑦’s progress from its baseline beside its 93%', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦');
    expect(await kpi.rate()).toBe('93%');
    expect(await page.getByTestId('reduction-progress').innerText()).toMatch(
      /^削減の進捗: 基準値からの削減 16,784 (m²|㎡) \/ 計画 35,963 (m²|㎡)（47%）$/,
    );
  });

  it('keeps the KPI page’s chart heading with its chart in print', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      heading: getComputedStyle(document.getElementById('trend') ?? document.body).breakAfter,
      chart: getComputedStyle(document.querySelector('.chart') ?? document.body).breakInside,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(styles).toEqual({ heading: 'avoid', chart: 'avoid' });
  });

  it('answers a malformed KPI address with a 404 page in Japanese, not a blank app', async () => {
    const app = new AppPage(page, server.url);
    const answer = await fetch(`${server.url}/plans/${planId}/kpis/%E0%A4%A`);
    expect(answer.status).toBe(404);
    // Answered before any hook runs, and still with the security headers of every page.
    expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    await app.open(`/plans/${planId}/kpis/%E0%A4%A`);
    expect(await app.heading()).toBe('ページが見つかりません');
    expect(await page.locator('main').innerText()).toMatch(/計画の一覧へ/);
  });

  it('says a server error in Japanese', async () => {
    const app = new AppPage(page, server.url);
    await app.open('/plans/9999');
    const alert = await page.locator('main [role="alert"]').innerText();
    expect(alert).toMatch(/指定されたデータが見つかりません/);
    expect(alert).not.toMatch(/[a-z]{4,}/i);
  });

  it('says a year without figures has none instead of heading R5’s rates 令和6年度', async () => {
    const admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
    const signIn = new SignInPage(page, server.url);
    await signIn.goto(`/plans/${planId}?fy=2024`);
    await signIn.signIn(admin.email, admin.password);
    expect(await page.locator('main').innerText()).toMatch(/令和6年度（2024）の数値はありません/);
    expect(await page.locator('.stats').count()).toBe(0);
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId, '?fy=2024');
    expect(await page.locator('.progress-table').count()).toBe(0);
    expect(await page.locator('main').innerText()).toMatch(/令和6年度（2024）の数値はありません/);
    await table.goto(planId, '?fy=2023');
    expect(await table.heading()).toMatch(/令和5年度/);
    expect(await page.locator('.progress-table').count()).toBe(1);
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
