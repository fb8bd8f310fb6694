import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummaryView } from '../../src/domain/api-contract.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * Publication: the demo plan's R3–R5 are published. The admin withdraws R5 on the dashboard
 * after a confirmation; a signed-out visitor then reads R3 and R4 only, a member still reads R5
 * marked 未公開; the admin publishes R5 again and the visitor reads it again.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];
const R3 = '令和3年度（2021）';
const R4 = '令和4年度（2022）';
const R5 = '令和5年度（2023）';
let admin: { email: string; password: string };
let viewer: { email: string; password: string };

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({ pageErrors }));
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  viewer = await server.addAccount({ role: 'viewer', name: '閲覧 三郎' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The fiscal years a signed-out visitor reads, as the API lists them. */
async function visitorYears(): Promise<number[]> {
  const plans: PlanSummaryView[] = await (await fetch(`${server.url}/api/plans`)).json();
  return [...(plans[0]?.fiscalYears ?? [])];
}

async function signIn(account: { email: string; password: string }, next: string) {
  const signInPage = new SignInPage(page, server.url);
  await signInPage.goto(next);
  await signInPage.signIn(account.email, account.password);
}

// A journey through one browser page: each step starts where the last one left it.
describe('publishing and withdrawing a year', { shuffle: false }, () => {
  it('shows a visitor no publication panel and no 未公開 marker', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await dashboard.yearLinks()).toEqual([R3, R4, R5]);
    expect(await page.locator('#publication-title').count()).toBe(0);
  });

  it('lets the admin withdraw R5 after a confirmation, which Escape cancels', async () => {
    await signIn(admin, `/plans/${planId}?fy=2023`);
    const dashboard = new DashboardPage(page, server.url);
    expect(await dashboard.signedInUser()).toBe('管理 一郎（管理者）');
    await page.locator('.publication-table').waitFor();
    expect((await dashboard.publications()).map((p) => [p.year, p.state])).toEqual([
      [R3, '公開中'],
      [R4, '公開中'],
      [R5, '公開中'],
    ]);

    await dashboard.askToPublish(R5, false);
    expect(await dashboard.confirmQuestion()).toBe(`${R5}の公開を取り下げますか？`);
    expect(await seriousViolations(page)).toEqual([]);
    await dashboard.screenshot('publication-confirm');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await visitorYears()).toEqual([2021, 2022, 2023]);

    expect(await dashboard.setPublished(R5, false)).toBe(`${R5}の公開を取り下げました。`);
    await page.locator('.publication-table tr[data-year="2023"] .unpublished-mark').waitFor();
    expect((await dashboard.publications()).find((p) => p.year === R5)?.state).toBe('未公開');
    expect(await dashboard.yearLinks()).toEqual([R3, R4, `${R5} 未公開`]);
    expect(await visitorYears()).toEqual([2021, 2022]);
    expect(await seriousViolations(page)).toEqual([]);
    await dashboard.screenshot('publication-withdrawn');
    await dashboard.signOut();
  });

  it('no longer shows a signed-out visitor R5 on the dashboard or the table', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await dashboard.signedInUser()).toBeNull();
    expect(await dashboard.heading()).toBe(`${R4} 進捗状況`);
    expect(await dashboard.yearLinks()).toEqual([R3, R4]);

    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await table.heading()).toContain(`${R4} 進捗管理表`);
    expect(await table.yearLinks()).toEqual([R3, R4]);

    // An address shared while R5 was published now says the year is not there.
    await table.goto(planId, '?fy=2023');
    const alert = page.locator('main [role="alert"]');
    expect(await alert.innerText()).toContain('この年度は公開されていないか、データがありません。');
    await alert.getByRole('link', { name: '最新の年度を表示' }).click();
    await table.waitForContent();
    expect(await table.heading()).toContain(`${R4} 進捗管理表`);
  });

  it('still shows a member R5, marked 未公開', async () => {
    await signIn(viewer, `/plans/${planId}/table`);
    const table = new ProgressTablePage(page, server.url);
    expect(await table.signedInUser()).toBe('閲覧 三郎（閲覧者）');
    expect(await table.heading()).toContain(`${R5} 進捗管理表`);
    await page.locator('.year-switcher__unpublished').waitFor();
    expect(await table.yearLinks()).toEqual([R3, R4, `${R5} 未公開`]);
    expect(await page.locator('#publication-title').count()).toBe(0);
    await table.signOut();
  });

  it('lets the admin publish R5 again, and the visitor reads it again', async () => {
    await signIn(admin, `/plans/${planId}`);
    const dashboard = new DashboardPage(page, server.url);
    await page.locator('.publication-table').waitFor();
    expect(await dashboard.setPublished(R5, true)).toBe(`${R5}を公開しました。`);
    const r5 = (await dashboard.publications()).find((p) => p.year === R5);
    expect(r5?.state).toBe('公開中');
    expect(r5?.by).toContain(admin.email);
    expect(await dashboard.yearLinks()).toEqual([R3, R4, R5]);
    await dashboard.signOut();

    await dashboard.goto(planId);
    expect(await dashboard.heading()).toBe(`${R5} 進捗状況`);
    expect(await dashboard.yearLinks()).toEqual([R3, R4, R5]);
    expect(await visitorYears()).toEqual([2021, 2022, 2023]);
    expect(pageErrors).toEqual([]);
  });
});
