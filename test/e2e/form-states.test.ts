import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPageView } from '../../src/domain/api-contract.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { AccountPage } from './pages/account-page.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';
import { holdRequest } from './support/held-request.ts';

/*
 * Every change the admin sends waits with its button disabled while it is on its way, and says
 * why when it fails: beside the field the server named, or above the form when it could not
 * reach the server (the request held, then failed, by the test).
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
let admin: { email: string; password: string };
let editor: { email: string; password: string };
const pageErrors: string[] = [];
const NO_SERVER = 'サーバーに接続できませんでした';

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({ pageErrors }));
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  editor = await server.addAccount({ role: 'editor', departments: ['企画課'], name: '企画 花子' });
  // A KPI's year is entered while its round is open.
  await server.openRound(planId, fiscalYear(2023), '2099-05-31');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The section a heading names. */
const section = (name: string | RegExp): Locator =>
  page.locator('section', { has: page.getByRole('heading', { name }) }).last();

/**
 * Clicks `send` while the request it makes (`method` to a URL matching `url`) is held: the
 * button as it reads meanwhile (`busy`) is disabled; then the request fails, and `said` tells
 * that the server could not be reached.
 */
async function sendUnreachable(
  request: { method: string; url: RegExp },
  send: Locator,
  busy: Locator,
  said: Locator,
): Promise<void> {
  const held = await holdRequest(page, request.method, request.url);
  await send.click();
  await held.sent;
  expect(await busy.isDisabled()).toBe(true);
  held.fail();
  await expect.poll(() => said.textContent()).toContain(NO_SERVER);
}

describe('busy and refused changes', { shuffle: false }, () => {
  it('keeps the sign-in button waiting while the sign-in is on its way', async () => {
    const signIn = new SignInPage(page, server.url);
    await signIn.goto('/admin/accounts');
    const held = await holdRequest(page, 'POST', /\/api\/session$/);
    await signIn.submit(admin.email, admin.password);
    await held.sent;
    const button = page.getByRole('button', { name: 'サインインしています…' });
    expect(await button.isDisabled()).toBe(true);
    held.release();
    await page.waitForURL((url) => url.pathname === '/admin/accounts');
    await page.locator('.accounts-table').waitFor();
  });

  it('says beside the departments why an account change was refused', async () => {
    await page.getByRole('button', { name: '企画 花子の役割・担当課を変更' }).click();
    const form = section('企画 花子 の変更');
    await form.getByLabel('担当課', { exact: true }).fill('');
    const held = await holdRequest(page, 'PATCH', /\/api\/accounts\/\d+$/);
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await held.sent;
    expect(await form.getByRole('button', { name: '保存しています…' }).isDisabled()).toBe(true);
    held.release();
    await expect
      .poll(() => form.locator('#edit-account-departments-error').textContent())
      .toBe('編集者には担当課を1つ以上指定してください。');
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByRole('button', { name: 'キャンセル' }).click();
  });

  it('says above the form when another account’s password could not be set', async () => {
    await page.getByRole('button', { name: '企画 花子のパスワード設定' }).click();
    const form = section('企画 花子 のパスワードの設定');
    await form.getByLabel('新しいパスワード', { exact: true }).fill('a new long password');
    await form.getByLabel('新しいパスワード（確認）').fill('a new long password');
    await sendUnreachable(
      { method: 'PUT', url: /\/api\/accounts\/\d+\/password$/ },
      form.getByRole('button', { name: 'パスワードを設定' }),
      form.getByRole('button', { name: '保存しています…' }),
      form.getByRole('alert'),
    );
    expect(await form.getByRole('button', { name: 'パスワードを設定' }).isEnabled()).toBe(true);
    await form.getByRole('button', { name: 'キャンセル' }).click();
  });

  it('says when an account could not be disabled, offering a reload, and then disables it', async () => {
    const list = section('アカウント一覧');
    const held = await holdRequest(page, 'PATCH', /\/api\/accounts\/\d+$/);
    await page.getByRole('button', { name: '企画 花子を無効にする' }).click();
    await held.sent;
    held.fail();
    const alert = list.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(NO_SERVER);
    expect(await alert.getByRole('button', { name: '再読み込み' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '企画 花子を無効にする' }).click();
    await expect
      .poll(() => list.getByRole('status').textContent())
      .toBe('企画 花子 を無効にしました。');
  });

  it('says beside the e-mail that a new account’s address is taken, and focuses it', async () => {
    const form = section('アカウントの追加');
    await form.getByLabel('メールアドレス').fill(editor.email);
    await form.getByLabel('初期パスワード').fill('a long enough password');
    await form.getByLabel('担当課', { exact: true }).fill('企画課');
    await form.getByRole('button', { name: '追加', exact: true }).click();
    await expect
      .poll(() => form.locator('#new-account-email-error').textContent())
      .toBe('メールアドレスの形式が正しくないか、すでに登録されています。');
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-account-email');
  });

  it('keeps the audit log’s “more” waiting, then says it could not read the next page', async () => {
    // One page is all there is: the first answer is told there is more, so that "more" shows.
    await page.route(/\/api\/audit\?/, async (route) => {
      const response = await route.fetch();
      const first: AuditPageView = await response.json();
      await route.fulfill({ response, json: { ...first, next: first.entries.at(-1)?.id ?? 1 } });
    });
    await page.goto(`${server.url}/admin/audit`);
    const more = page.getByRole('button', { name: 'さらに表示' });
    await more.waitFor();
    await page.unrouteAll();
    await sendUnreachable(
      { method: 'GET', url: /\/api\/audit\?.*before=/ },
      more,
      page.getByRole('button', { name: '読み込み中…' }),
      page.locator('main [role="alert"]'),
    );
    expect(await more.isEnabled()).toBe(true);
  });

  it('keeps a withdrawal waiting in its dialog, then says above the panel it failed', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.open(`/plans/${planId}?fy=2023`);
    await page.locator('.publication-table').waitFor();
    const R5 = '令和5年度（2023）';
    await dashboard.askToPublish(R5, false);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('取り下げの理由', { exact: false }).fill('数値を再確認するため');
    await sendUnreachable(
      { method: 'PUT', url: /\/publications\/\d+$/ },
      dialog.getByRole('button', { name: '公開を取り下げる', exact: true }),
      dialog.getByRole('button', { name: '保存しています…' }),
      section('年度の公開').getByRole('alert'),
    );
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps a KPI’s entry and its mid-term review waiting, then says they failed', async () => {
    await new KpiPage(page, server.url).goto(planId, '⑦', '?fy=2023');
    await new KpiPage(page, server.url).openEntry();
    const entry = page.locator('form[data-entry="narrative"]');
    await entry.getByLabel('取組内容', { exact: true }).fill('E2E: 送信中の取組内容');
    await sendUnreachable(
      { method: 'PUT', url: /\/narratives\/\d+$/ },
      entry.getByRole('button', { name: '取組内容を保存' }),
      entry.getByRole('button', { name: '保存しています…' }),
      entry.getByRole('alert'),
    );

    const review = section('計画の変更（中間見直し）');
    await review.getByLabel('適用する年度').fill('R7');
    await review.getByLabel(/新しい目標値/).fill('270,000');
    await review.getByLabel('変更の理由').fill('E2E: 送信中の見直し');
    await sendUnreachable(
      { method: 'POST', url: /\/revisions$/ },
      review.getByRole('button', { name: '定義を見直す' }),
      review.getByRole('button', { name: '定義を見直す' }),
      review.getByRole('alert'),
    );
  });

  it('keeps the own password waiting, then says it could not be changed', async () => {
    await new AccountPage(page, server.url).goto();
    const form = section('パスワードの変更');
    await form.getByLabel('現在のパスワード').fill(admin.password);
    await form.getByLabel('新しいパスワード', { exact: true }).fill('a new long password');
    await form.getByLabel('新しいパスワード（確認）').fill('a new long password');
    await sendUnreachable(
      { method: 'PUT', url: /\/api\/session\/password$/ },
      form.getByRole('button', { name: 'パスワードを変更' }),
      form.getByRole('button', { name: '保存しています…' }),
      form.getByRole('alert'),
    );
  });

  it('says when signing out failed, still signed in', async () => {
    const held = await holdRequest(page, 'DELETE', /\/api\/session$/);
    await page.getByRole('button', { name: 'サインアウト' }).click();
    await held.sent;
    held.fail();
    await expect
      .poll(() => page.locator('.session-bar [role="alert"]').textContent())
      .toBe('サインアウトできませんでした。もう一度お試しください。');
    expect(await new SignInPage(page, server.url).signedInUser()).toBe('管理 一郎（管理者）');
    expect(pageErrors).toEqual([]);
  });
});
