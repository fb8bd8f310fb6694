import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './pages/dashboard-page.ts';
import { cardRates, scrollsSideways, smallTapTargets } from './pages/kpi-cards.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * The public pages on a phone held upright (390 × 844), signed out, against the real server with
 * the Yuzawa R5 demo plan: the table as one card per KPI, no sideways scrolling, 44-px targets.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({
    pageErrors,
    viewport: { width: 390, height: 844 },
  }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A journey through one browser page: each step starts where the last one left it.
describe('the public site on a phone (390 × 844)', { shuffle: false }, () => {
  it('shows the progress table as one card per KPI, each with its rate, nothing sideways', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await page.locator('table.progress-table').count()).toBe(0);
    const rates = await cardRates(page);
    expect(Object.keys(rates)).toHaveLength(20);
    expect(rates['⑦']).toBe('93%'); // 264,000 ÷ 283,179
    expect(rates['⑨']).toBe('―'); // no target: no rate, not 0%
    const seventh = page.locator('.kpi-card[data-code="⑦"]');
    expect(await seventh.locator('.kpi-card__facts').innerText()).toMatch(/283,179 ㎡|283,179 m²/);
    expect(await seventh.locator('.kpi-card__spark').getAttribute('aria-label')).toMatch(/→/);
    // The narrative is folded until asked for.
    const narrative = seventh.locator('.kpi-card__narrative');
    expect(await narrative.getAttribute('open')).toBeNull();
    await narrative.locator('summary').click();
    expect(await narrative.getAttribute('open')).not.toBeNull();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page)).toEqual([]);
    await table.screenshot('phone-table');
    await page.screenshot({ path: 'test-results/phone-table-top.png' });
    await seventh.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/phone-table-card.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the first KPI card within the first screen, the filters folded', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    await page.locator('.kpi-card').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await page
      .locator('.kpi-card')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 120); // its title and rate on the first screen
    await page.screenshot({ path: 'test-results/phone-table-first-screen.png' });
    // 「条件をクリア」 and 「印刷」 read as words, not a column of stacked characters.
    for (const name of ['条件をクリア', '印刷']) {
      const button = page.getByRole('button', { name });
      if ((await button.count()) === 0) continue;
      const box = await button.first().boundingBox();
      expect(box?.height ?? 0, name).toBeLessThan(60);
    }
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('lays out the dashboard for the phone', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page)).toEqual([]);
    await dashboard.screenshot('phone-dashboard');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the KPI page with its chart text at a legible size', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦');
    expect(await kpi.rate()).toBe('93%');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page)).toEqual([]);
    // The chart's smallest text as drawn on screen, in CSS pixels.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg.chart__svg text')].map(
          (text) => text.getBoundingClientRect().height,
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    await kpi.screenshot('phone-kpi');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the KPI’s figure history whole, its last column on the screen', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦');
    const fit = await kpi.historyFit();
    expect(fit.rows).toBeGreaterThan(0);
    expect(fit).toEqual({ pageWidth: 390, viewport: 390, rows: fit.rows, cut: [] });
    await page.locator('#figure-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/phone-kpi-history.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
