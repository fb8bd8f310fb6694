import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiPage } from './pages/kpi-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * Evaluations in levels (issue 21) in Chromium at 1366×768, on ⑦ of the published R5: a
 * committee member (外部評価委員) is offered the external level only and writes an opinion;
 * the admin writes the second evaluation and the final judgement (見直し) and, on the plan's
 * page, stops publishing the external level and adds a grade E; a visitor reads the levels the
 * plan publishes, in order, with no form.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
let committee: { email: string; password: string };
let admin: { email: string; password: string };
const pageErrors: string[] = [];
const R5 = '?fy=2023';

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({
    pageErrors,
    viewport: { width: 1366, height: 768 },
  }));
  committee = await server.addAccount({ role: 'committee', name: '委員 花子' });
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(account: { email: string; password: string }, next?: string) {
  await browser.context.clearCookies();
  const form = new SignInPage(page, server.url);
  await form.goto(next);
  await form.signIn(account.email, account.password);
}

describe('the evaluation of ⑦ in R5', { shuffle: false }, () => {
  it('a committee member is offered the external level only, and writes an opinion', async () => {
    await signIn(committee, `/plans/${planId}/kpis/${encodeURIComponent('⑦')}${R5}`);
    const kpi = new KpiPage(page, server.url);
    await kpi.waitForContent();
    await page.locator('.evaluations').waitFor();
    expect(await kpi.evaluationForms()).toEqual(['external']);
    await kpi.writeEvaluation('external', {
      grade: 'C',
      text: '削減の見通しを市民に分かる形で示すべきである。',
    });
    const levels = await kpi.evaluationLevels();
    expect(levels.join('\n')).toMatch(/外部評価.*C 遅れ.*削減の見通し.*委員 花子/s);
    expect(await seriousViolations(page)).toEqual([]);
    await new SignInPage(page, server.url).signOut();
  });

  it('the admin writes the second evaluation and the final judgement with its way ahead', async () => {
    await signIn(admin, `/plans/${planId}/kpis/${encodeURIComponent('⑦')}${R5}`);
    const kpi = new KpiPage(page, server.url);
    await page.locator('.evaluations').waitFor();
    expect(await kpi.evaluationForms()).toEqual(['self', 'second', 'external', 'final']);
    await kpi.writeEvaluation('second', { grade: 'B', text: '解体は計画どおり進んでいる。' });
    await kpi.writeEvaluation('final', {
      grade: 'B',
      text: '再配置計画を見直したうえで継続する。',
      direction: '見直し',
    });
    await kpi.screenshot('kpi-evaluations');
    // The plan keeps the committee's opinions to itself: 外部評価 is not published.
    await page.goto(`${server.url}/plans/${planId}/admin`);
    const scheme = page.locator('section[aria-labelledby="plan-admin-evaluation"]');
    await scheme.locator('input[name="published"][value="external"]').uncheck();
    await scheme
      .getByLabel('評価の区分', { exact: true })
      .fill('A 順調\nB おおむね順調\nC 遅れ\nD 大幅な遅れ\nE 未達成');
    await scheme.getByRole('button', { name: '保存' }).click();
    await scheme.locator('[role="status"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await new SignInPage(page, server.url).signOut();
  });

  it('a visitor reads the published levels in order, with no form', async () => {
    await browser.context.clearCookies();
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦', R5);
    await page.locator('.evaluation-level').first().waitFor();
    const levels = await kpi.evaluationLevels();
    expect(levels.map((l) => l.split('\n')[0])).toEqual(['二次評価（企画課）', '最終判断']);
    expect(levels[1]).toMatch(/今後の方向性: 見直し/);
    expect(levels.join('\n')).not.toMatch(/削減の見通し/);
    expect(levels.join('\n')).not.toMatch(/委員 花子|管理 一郎/);
    expect(await kpi.evaluationForms()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a visitor reads the published levels beside ⑦ in the year’s table too', async () => {
    await page.goto(`${server.url}/plans/${planId}/table${R5}`);
    const row = page.locator('tbody.kpi-group', {
      has: page.locator('.kpi-code', { hasText: '⑦' }),
    });
    await row.locator('.report-evaluations').waitFor();
    const text = await row.locator('.report-evaluations').innerText();
    expect(text).toContain('二次評価（企画課）');
    expect(text).toMatch(/最終判断[\s\S]*B おおむね順調（今後の方向性：見直し）/);
    expect(text).not.toContain('外部評価');
    expect(await page.locator('.report-evaluations').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
