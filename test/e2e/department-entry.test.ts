import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureHistoryView } from '../../src/domain/api-contract.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * ⑰ 危機管理マニュアル件数 is counted by department (総務課 1, 情報政策課 0, 上下水道課 0 in R5).
 * With R5's collection round open and 上下水道課's entry of ⑰ reopened, an editor of 上下水道課
 * enters 上下水道課's R5 figure and is offered no field for the others; an admin is offered
 * every department's.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];
const KPI = '⑰';
const R5 = '?fy=2023';
let suido: { email: string; password: string };
let admin: { email: string; password: string };

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({ pageErrors }));
  suido = await server.addAccount({
    role: 'editor',
    departments: ['上下水道課'],
    name: '水道 四郎',
  });
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  const r5 = fiscalYear(2023);
  await server.openRound(planId, r5, '2099-05-31');
  // The imported R5 figures come approved; the admin reopens 上下水道課's to correct it.
  await server.reopenEntry(planId, r5, { code: KPI, department: '上下水道課' }, '訂正のため');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** ⑰'s stored R5 figure of one department, as the signed-in member reads it (drafts too). */
async function storedFigure(department: string): Promise<FigureHistoryView | undefined> {
  return page.evaluate(
    async ({ path, department }) => {
      const detail = await (await fetch(path)).json();
      return detail.figures.find(
        (f: FigureHistoryView) =>
          f.fiscalYear === 2023 && f.department === department && f.series === 'actual',
      );
    },
    { path: `/api/plans/${planId}/kpis/${encodeURIComponent(KPI)}${R5}`, department },
  );
}

async function signInAt(account: { email: string; password: string }): Promise<KpiPage> {
  const signIn = new SignInPage(page, server.url);
  await signIn.goto(`/plans/${planId}/kpis/${encodeURIComponent(KPI)}${R5}`);
  await signIn.signIn(account.email, account.password);
  return new KpiPage(page, server.url);
}

// A journey through one browser page: each step starts where the last one left it.
describe('figures of a KPI broken down by department', { shuffle: false }, () => {
  it('lets the editor of 上下水道課 enter ⑰’s R5 figure of 上下水道課, and no other department’s', async () => {
    const kpi = await signInAt(suido);
    expect(await kpi.signedInUser()).toBe('水道 四郎（編集者）');
    await kpi.openEntry();
    expect(await kpi.figureFields()).toEqual(['上下水道課の実績値（件）']);
    expect(await page.getByLabel('総務課の実績値').count()).toBe(0);
    expect(await page.getByLabel('情報政策課の実績値').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    expect(await storedFigure('上下水道課')).toMatchObject({ text: '0', version: 1 });
    expect(await kpi.saveDepartmentFigure('上下水道課', '2')).toBe('保存しました。');
    // Saved as a draft of the round's entry: the KPI's table keeps the approved figure until
    // an admin approves it, the field shows what was saved.
    expect(await page.getByLabel('上下水道課の実績値').inputValue()).toBe('2');
    expect(await storedFigure('上下水道課')).toMatchObject({
      text: '2',
      version: 2,
      state: 'draft',
    });
    expect(await storedFigure('総務課')).toMatchObject({ text: '1', version: 1 });
    const [latest] = await kpi.changes();
    expect(latest?.who).toBe('水道 四郎');
    expect(latest?.change).toContain('2');
    await kpi.screenshot('kpi-department-entry');
    await kpi.signOut();
  });

  it('offers an admin a field for every department of ⑰', async () => {
    const kpi = await signInAt(admin);
    await kpi.openEntry();
    expect(await kpi.figureFields()).toEqual([
      '総務課の実績値（件）',
      '情報政策課の実績値（件）',
      '上下水道課の実績値（件）',
    ]);
    // The form reads the version the editor's save left (2), so the admin's save is accepted.
    expect(await kpi.saveDepartmentFigure('上下水道課', '3')).toBe('保存しました。');
    expect(await storedFigure('上下水道課')).toMatchObject({ text: '3', version: 3 });
    expect(await storedFigure('総務課')).toMatchObject({ text: '1', version: 1 });
    await kpi.signOut();
    expect(pageErrors).toEqual([]);
  });
});
