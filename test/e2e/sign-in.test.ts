import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiDetailView } from '../../src/domain/api-contract.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { AccountPage } from './pages/account-page.ts';
import { AuditPage } from './pages/audit-page.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * Every change has an owner: an editor of 企画課 changes ⑦'s R5 narrative on its page, an
 * editor of 情報政策課 is offered nothing on ⑦ and refused by the API, and the admin reads the
 * change with the editor's name in the audit log. One browser, one session at a time.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];
const R5 = '?fy=2023';
const NEW_NARRATIVE = '寺沢倉庫の解体を完了し、旧公民館の集約方針を決定した（E2E）。';
let kikaku: { email: string; password: string };
let joho: { email: string; password: string };
let admin: { email: string; password: string };

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({ pageErrors }));
  kikaku = await server.addAccount({ role: 'editor', departments: ['企画課'], name: '企画 花子' });
  joho = await server.addAccount({
    role: 'editor',
    departments: ['情報政策課'],
    name: '情報 太郎',
  });
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  // Editors enter in an open round only: R5's, with ⑦ (imported, so approved) reopened.
  await server.openRound(planId, fiscalYear(2023), '2024-05-31');
  await server.reopenEntry(
    planId,
    fiscalYear(2023),
    { code: '⑦', department: '企画課' },
    'E2E: 取組内容の追記',
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** ⑦'s R5 narrative as an anonymous visitor reads it through the API. */
async function publishedNarrative(): Promise<string | undefined> {
  const detail: KpiDetailView = await (
    await fetch(`${server.url}/api/plans/${planId}/kpis/${encodeURIComponent('⑦')}${R5}`)
  ).json();
  return detail.narratives.find((n) => n.fiscalYear === 2023)?.text;
}

// A journey through one browser page: each step starts where the last one left it.
describe('sign-in, roles and the audit trail', { shuffle: false }, () => {
  it('refuses a wrong password with a clear message, without saying whether the account exists', async () => {
    const signIn = new SignInPage(page, server.url);
    await signIn.goto();
    await signIn.submit(kikaku.email, 'not the password');
    expect(await signIn.errorText()).toBe('メールアドレスまたはパスワードが正しくありません。');
    expect(await signIn.signedInUser()).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await signIn.screenshot('signin-error');
  });

  it('asks to wait after too many failed sign-ins (429), the same for an unknown e-mail', async () => {
    const signIn = new SignInPage(page, server.url);
    await signIn.goto();
    let message = '';
    for (let attempt = 0; attempt < 8 && !message.includes('待って'); attempt += 1) {
      await signIn.submit('nobody@example.jp', 'not the password');
      await page.getByRole('button', { name: 'サインイン', exact: true }).waitFor();
      message = await signIn.errorText();
    }
    expect(message).toMatch(
      /^サインインの失敗が続いたため.*(秒|分)ほど待ってから、もう一度お試しください。$/,
    );
  });

  it('lets the editor of 企画課 change ⑦’s R5 narrative on its page, then sign out', async () => {
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦', R5);
    expect(await kpi.signedInUser()).toBeNull();
    expect(await kpi.hasEntry()).toBe(false);
    expect(await kpi.hasChanges()).toBe(false);

    // The header's sign-in link returns to ⑦ after signing in.
    await kpi.openSignIn();
    await new SignInPage(page, server.url).signIn(kikaku.email, kikaku.password);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/plans/${planId}/kpis/${encodeURIComponent('⑦')}`);
    expect(url.searchParams.get('fy')).toBe('2023');
    expect(await kpi.signedInUser()).toBe('企画 花子（編集者）');
    expect(await kpi.navLinks()).not.toContain('監査ログ');

    await kpi.openEntry();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await kpi.saveNarrative(NEW_NARRATIVE)).toBe('保存しました。');
    // The history reloads after the save: read it once the new change is in it.
    await page
      .locator('#kpi-changes ~ * tbody tr')
      .filter({ hasText: NEW_NARRATIVE })
      .first()
      .waitFor();
    const [latest] = await kpi.changes();
    expect(latest?.who).toBe('企画 花子');
    expect(latest?.what).toBe('取組内容の入力');
    expect(latest?.change).toContain(NEW_NARRATIVE);
    // A draft until the planning division approves it: visitors never read it.
    expect(await publishedNarrative()).not.toBe(NEW_NARRATIVE);
    await kpi.screenshot('kpi-entry');

    await kpi.signOut();
    expect(await kpi.signedInUser()).toBeNull();
    expect(await kpi.hasEntry()).toBe(false);
    expect(await kpi.hasChanges()).toBe(false);
  });

  it('says someone saved first when the narrative changed since the form was opened (409)', async () => {
    await new SignInPage(page, server.url).goto(
      `/plans/${planId}/kpis/${encodeURIComponent('⑦')}${R5}`,
    );
    await new SignInPage(page, server.url).signIn(kikaku.email, kikaku.password);
    const kpi = new KpiPage(page, server.url);
    await kpi.openEntry();
    // Someone else (here the same account from another tab) saves first.
    const status = await page.evaluate(
      async ({ path }) => {
        const session = await (await fetch('/api/session')).json();
        const detail = await (await fetch(`${path}?fy=2023&drafts=1`)).json();
        const stored = detail.narratives.find(
          (n: { fiscalYear: number; department: string | null }) =>
            n.fiscalYear === 2023 && n.department === null,
        );
        const response = await fetch(`${path}/narratives/2023`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            text: '別のタブで保存',
            department: null,
            version: stored.version,
          }),
        });
        return response.status;
      },
      { path: `/api/plans/${planId}/kpis/${encodeURIComponent('⑦')}` },
    );
    expect(status).toBe(200);
    const message = await kpi.saveNarrative(NEW_NARRATIVE);
    expect(message).toContain('ほかの人が先に保存しました');
    const drafts = await page.evaluate(
      async (path) => (await fetch(`${path}?fy=2023&drafts=1`)).json(),
      `/api/plans/${planId}/kpis/${encodeURIComponent('⑦')}`,
    );
    expect(drafts.narratives.find((n: { fiscalYear: number }) => n.fiscalYear === 2023)?.text).toBe(
      '別のタブで保存',
    );
    await kpi.signOut();
  });

  it('offers the editor of 情報政策課 nothing on ⑦, and the API refuses its write (403)', async () => {
    const signIn = new SignInPage(page, server.url);
    await signIn.goto(`/plans/${planId}/kpis/${encodeURIComponent('⑦')}${R5}`);
    await signIn.signIn(joho.email, joho.password);
    const kpi = new KpiPage(page, server.url);
    expect(await kpi.signedInUser()).toBe('情報 太郎（編集者）');
    expect(await kpi.hasEntry()).toBe(false);
    expect(await kpi.hasChanges()).toBe(true); // a member reads the history

    const before = await publishedNarrative();
    const refused = await page.evaluate(
      async (path) => {
        const session = await (await fetch('/api/session')).json();
        const response = await fetch(`${path}/narratives/2023`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ text: '情報政策課が書き換え', department: null, version: 0 }),
        });
        return { status: response.status, body: await response.json() };
      },
      `/api/plans/${planId}/kpis/${encodeURIComponent('⑦')}`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(await publishedNarrative()).toBe(before);
    await kpi.signOut();
  });

  it('lets a user change its own password on the account page, naming a wrong current one', async () => {
    const viewer = await server.addAccount({
      role: 'viewer',
      departments: [],
      name: '閲覧 三郎',
    });
    const account = new AccountPage(page, server.url);
    await account.goto();
    await page.getByRole('link', { name: 'サインイン' }).last().click();
    await new SignInPage(page, server.url).signIn(viewer.email, viewer.password);
    expect(new URL(page.url()).pathname).toBe('/account');
    // The admin set its first password: every other page asks the viewer to change it.
    await page.goto(`${server.url}/plans`);
    await expect
      .poll(() => page.locator('.password-banner').innerText())
      .toContain('ご自身のパスワードに変更してください');
    await page
      .locator('.password-banner')
      .getByRole('link', { name: 'パスワードを変更する' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/account');
    expect(await account.details()).toMatch(/閲覧 三郎[\s\S]*閲覧者[\s\S]*湯沢市/);
    expect(await account.changePassword('not the password', 'a new long password')).toBe(
      '現在のパスワードが正しくありません。',
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(await account.changePassword(viewer.password, 'a new long password')).toBe(
      'パスワードを変更しました。ほかの端末でのサインインは終了しました。',
    );
    await account.signOut();
    const signIn = new SignInPage(page, server.url);
    await signIn.goto();
    await signIn.signIn(viewer.email, 'a new long password');
    expect(await signIn.signedInUser()).toBe('閲覧 三郎（閲覧者）');
    // Its own password now: no page asks to change it any more.
    await page.goto(`${server.url}/plans`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('.password-banner').count()).toBe(0);
    // Its own name, on the account page (an admin's too).
    await account.goto();
    const profile = page.locator('section', { has: page.locator('#profile-title') });
    await profile.getByLabel('氏名').fill('閲覧 四郎');
    await profile.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => profile.getByRole('status').innerText())
      .toBe('氏名とメールアドレスを保存しました。');
    await expect.poll(() => signIn.signedInUser()).toBe('閲覧 四郎（閲覧者）');
    await signIn.signOut();
  });

  it('shows the admin the change in the audit log with the editor’s name', async () => {
    const signIn = new SignInPage(page, server.url);
    await signIn.goto();
    await signIn.signIn(admin.email, admin.password);
    expect(new URL(page.url()).pathname).toBe('/');
    const audit = new AuditPage(page, server.url);
    expect(await audit.signedInUser()).toBe('管理 一郎（管理者）');
    expect(await audit.navLinks()).toEqual(expect.arrayContaining(['アカウント管理', '監査ログ']));
    await page.getByRole('link', { name: '監査ログ' }).click();
    await audit.waitForContent();
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
    await audit.filterByKpi('⑦');
    expect(await page.getByRole('search').count()).toBe(1);
    const rows = await audit.rows();
    expect(rows.every((r) => r.kpi === '⑦')).toBe(true);
    const change = rows.find(
      (r) => r.change.includes(NEW_NARRATIVE) && r.who.includes('企画 花子'),
    );
    expect(change).toMatchObject({ what: '取組内容の入力', year: '令和5年度（2023）' });
    expect(change?.who).toContain(kikaku.email);
    // The refused write of 情報政策課 changed nothing, so it left no entry.
    expect(rows.some((r) => r.change.includes('情報政策課が書き換え'))).toBe(false);
    // From today on the change is still there; from tomorrow on nothing is.
    const today = new Date().toISOString().slice(0, 10);
    await audit.filterSince(today);
    expect((await audit.rows()).some((r) => r.change.includes(NEW_NARRATIVE))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await audit.screenshot('audit');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await audit.filterSince(tomorrow);
    expect(await audit.rows()).toEqual([]);
    expect(await page.getByText('条件に合う記録はありません。').isVisible()).toBe(true);
  });

  it('lets the admin add an account and shows it in the list; no page errors anywhere', async () => {
    await page.getByRole('link', { name: 'アカウント管理' }).click();
    await page.getByRole('heading', { name: 'アカウント一覧' }).waitFor();
    await page.locator('.accounts-table').waitFor();
    await page.getByLabel('メールアドレス').fill('soumu@example.jp');
    await page.getByLabel('氏名').fill('総務 次郎');
    await page.getByLabel('担当課', { exact: true }).fill('総務課、財政課');
    await page.getByLabel('初期パスワード').fill('a long enough password');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await page.getByText('soumu@example.jp を追加しました。').waitFor();
    const row = page.locator('.accounts-table tr[data-email="soumu@example.jp"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /総務 次郎\s+soumu@example.jp\s+編集者\s+総務課、財政課\s+有効/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/accounts.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
