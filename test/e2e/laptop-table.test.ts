import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * The progress table on a 1366 × 768 laptop (issue 23): the narrative (取組内容等) is what
 * citizens and councillors read first, so ⑦'s must be on screen without scrolling sideways —
 * in the frame or the page, with the drafts view too. Every year's actuals are a button away.
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

/** How wide the page and the table's frame scroll, and where ⑦'s narrative cell lies. */
async function layout() {
  await page.locator('.progress-table tbody').first().waitFor();
  return page.evaluate(() => {
    const frame = document.querySelector('.table-frame');
    const seventh = [...document.querySelectorAll('.progress-table tbody')].find((body) =>
      body.querySelector('.col-kpi')?.textContent?.includes('⑦'),
    );
    const cells = seventh?.querySelectorAll('tr:first-child > td') ?? [];
    const narrative = cells[cells.length - 1]?.getBoundingClientRect();
    return {
      viewport: window.innerWidth,
      page: document.scrollingElement?.scrollWidth ?? 0,
      frameScroll: frame ? frame.scrollWidth - frame.clientWidth : -1,
      narrativeLeft: narrative?.left ?? -1,
      narrativeRight: narrative?.right ?? Infinity,
      narrativeText: cells[cells.length - 1]?.textContent ?? '',
    };
  });
}

// A journey through one browser page: each step starts where the last one left it.
describe('the progress table at 1366 × 768', { shuffle: false }, () => {
  it('shows ⑦’s narrative on screen with no sideways scrolling', async () => {
    await page.goto(`${server.url}/plans/${planId}/table?fy=2023`);
    const seen = await layout();
    expect(seen.page).toBe(seen.viewport);
    expect(seen.frameScroll).toBeLessThanOrEqual(0);
    expect(seen.narrativeRight).toBeLessThanOrEqual(seen.viewport);
    expect(seen.narrativeLeft).toBeGreaterThan(0);
    expect(seen.narrativeText).toContain('寺沢倉庫');
    await page.screenshot({ path: 'test-results/laptop-table-narrative.png' });
  });

  it('shows every year’s actuals when asked, and back', async () => {
    const headings = () => page.locator('.progress-table .head-2 th').allInnerTexts();
    expect((await headings()).length).toBe(1);
    await page.getByRole('button', { name: '過去の年度の実績も表示' }).click();
    await expect.poll(headings).toHaveLength(3);
    await page.getByRole('button', { name: '報告年度の実績のみ表示' }).click();
    await expect.poll(headings).toHaveLength(1);
  });

  it('opens 更新情報 as a page for people, the Atom feed linked for feed readers', async () => {
    await page.goto(`${server.url}/plans/${planId}/table?fy=2023`);
    await page.getByText('ダウンロード', { exact: true }).click();
    await page.getByRole('link', { name: '更新情報（公表・訂正のお知らせ）' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/plans/${planId}/updates`);
    const list = page.locator('.updates');
    await expect.poll(() => list.innerText()).toContain('令和5年度の進捗状況を公表しました');
    const feed = page.getByRole('link', { name: 'フィードリーダーで購読する（Atom）' });
    expect(await feed.getAttribute('href')).toBe(`/api/plans/${planId}/feed.atom`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/updates.png' });
  });

  it('keeps the page from scrolling sideways in the drafts view of a member', async () => {
    const admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
    const signIn = new SignInPage(page, server.url);
    await signIn.goto(`/plans/${planId}/table?fy=2023&drafts=1`);
    await signIn.signIn(admin.email, admin.password);
    const seen = await layout();
    await page.screenshot({ path: 'test-results/laptop-table-drafts.png', fullPage: true });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(wide).toEqual([]);
    expect(seen.page).toBe(seen.viewport);
    expect(seen.narrativeRight).toBeLessThanOrEqual(seen.viewport);
    expect(pageErrors).toEqual([]);
  });
});
