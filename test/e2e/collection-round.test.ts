import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './pages/dashboard-page.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import {
  EntryFormPage,
  OwedListPage,
  PlanRoundsPage,
  RoundBoardPage,
} from './pages/round-pages.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { pdfText } from './support/pdf-text.ts';

/*
 * The R6 collection round, the whole story in Chromium: the admin opens it; the editor of
 * 企画課 signs in, lands on its six KPIs (⑦–⑫), enters ⑦'s R6 floor area (282,000 m²) and a
 * narrative, and submits; a visitor still reads R5 as the latest year; the admin returns ⑦
 * with a comment; the editor reads it, fixes and resubmits; the admin approves and publishes
 * R6; the table, the dashboard and ⑦'s chart show R6 at 264,000 ÷ 282,000 = 94%. The opening
 * e-mail to the 企画課 editor reaches a real local SMTP server, listing ⑦–⑫.
 */

let server: DemoServer;
let sink: SmtpSink;
let browser: TestBrowser;
let page: Page;
let planId: number;
const pageErrors: string[] = [];
let kikaku: { email: string; password: string };
let admin: { email: string; password: string };
let committee: { email: string; password: string };
const R6 = 2024;
const R6_LABEL = '令和6年度（2024）';

beforeAll(async () => {
  sink = await startSmtpSink();
  ({ server, browser, page, planId } = await openDemo({ pageErrors, smtpUrl: sink.url }));
  kikaku = await server.addAccount({ role: 'editor', departments: ['企画課'], name: '企画 太郎' });
  admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  committee = await server.addAccount({ role: 'committee', name: '委員 花子' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await sink?.stop();
});

/** Signs in afresh (whoever was signed in before is forgotten). */
async function signIn(account: { email: string; password: string }, next?: string) {
  await browser.context.clearCookies();
  const form = new SignInPage(page, server.url);
  await form.goto(next);
  await form.signIn(account.email, account.password);
}

async function signOut() {
  await new SignInPage(page, server.url).signOut();
}

// A journey through one browser page: each step starts where the last one left it.
describe('the R6 collection round', { shuffle: false }, () => {
  it('the admin opens the R6 round on the plan’s rounds page', async () => {
    await signIn(admin, `/plans/${planId}/rounds`);
    const rounds = new PlanRoundsPage(page, server.url);
    expect(await rounds.heading()).toBe('照会（実績の入力依頼）');
    // The year after the reported R5 is proposed, and nothing past the plan's R8 is offered.
    const year = page.getByLabel('対象年度');
    await expect.poll(() => year.inputValue()).toBe('2024');
    const offered = await year.locator('option').allInnerTexts();
    expect(offered.at(-1)).toContain('令和8年度');
    expect(await rounds.openRound(R6_LABEL, '2027-05-31')).toMatch(/令和6年度.*照会を開始しました/);
    await page.locator('.round-list__item').first().waitFor();
    expect((await rounds.rounds())[0]).toMatch(/令和6年度（2024）の照会.*受付中.*期限 2027-05-31/s);
    await rounds.screenshot('round-opened');
    await signOut();
  });

  it('the opening e-mail reached the 企画課 editor at the mail server, listing ⑦–⑫', async () => {
    await expect
      .poll(() => sink.received.filter((m) => m.to.includes(kikaku.email)).length, {
        timeout: 10_000,
      })
      .toBe(1);
    const mail = sink.received.find((m) => m.to.includes(kikaku.email));
    expect(mail?.subject).toMatch(/【照会】.*令和6年度実績の入力のお願い（期限 2027-05-31）/);
    expect(mail?.text).toMatch(/^企画 太郎 様/);
    expect(mail?.text.match(/^・(.)/gmu)?.map((line) => line.slice(1))).toEqual([
      '⑦',
      '⑧',
      '⑨',
      '⑩',
      '⑪',
      '⑫',
    ]);
    expect(mail?.text).toContain(`/plans/${planId}/rounds/2024`);
  });

  it('the 企画課 editor lands on its six KPIs, ⑦–⑫, with the due date', async () => {
    await signIn(kikaku);
    expect(new URL(page.url()).pathname).toBe('/rounds');
    const owed = new OwedListPage(page, server.url);
    await page.locator('.owed-list').waitFor();
    expect(await owed.heading()).toBe('令和6年度（2024）の入力依頼');
    expect(await owed.codes()).toEqual(['⑦', '⑧', '⑨', '⑩', '⑪', '⑫']);
    expect(await page.locator('.round-lead').innerText()).toMatch(
      /2027-05-31.*未提出 6件 \/ 全6件/s,
    );
    expect(await owed.entryText('⑦')).toMatch(/企画課.*未着手/s);
    expect(await seriousViolations(page)).toEqual([]);
    await owed.screenshot('round-owed-list');
  });

  it('enters ⑦’s R6 floor area and sees the rate live, needs a narrative, submits', async () => {
    const owed = new OwedListPage(page, server.url);
    await owed.openEntry('⑦');
    const form = new EntryFormPage(page, server.url);
    expect(await form.heading()).toMatch(/⑦/);
    // Beside the field: the unit, the baseline and target, the figures so far, last narrative.
    const side = await page.locator('.entry-layout__side').innerText();
    expect(side).toMatch(/m²/);
    expect(side).toMatch(/299,963/);
    expect(side).toMatch(/264,000/);
    expect(side).toMatch(/283,179/);
    expect(side).toMatch(/目標値 ÷ 実績値/);
    expect(side).toMatch(/令和5年度（2023）の取組内容/);
    // The field's example is ⑦'s own last figure, not a fixed one.
    expect(await page.locator('#entry-figure-hint').innerText()).toBe(
      '前回の実績: 283,179 m²（令和5年度（2023））・値がない年は「-」',
    );
    await form.fillFigure('282,000');
    expect(await form.previewRate()).toBe('94%');
    // ⑦ is projected to miss 264,000 by R8: a narrative must say why before it is submitted.
    expect((await form.checks()).join(' ')).toMatch(/取組内容に書いてください/);
    expect(await form.submitEnabled()).toBe(false);
    await form.fillNarrative('公共施設等総合管理計画に基づき、旧校舎2棟を解体した。');
    expect(await form.checks()).toEqual([]);
    await form.waitSaved();
    expect(await form.stateText()).toBe('入力中');
    expect(await seriousViolations(page)).toEqual([]);
    await form.screenshot('round-entry-form');
    // A reload keeps what was typed: it was saved as a draft.
    await page.reload();
    await form.waitForContent();
    expect(await page.locator('#entry-figure').inputValue()).toBe('282000');
    expect(await form.previewRate()).toBe('94%');
    // The entry of the KPI's own row asks for its self-evaluation (一次評価) too.
    await form.fillSelfEvaluation('B', '解体は進んだが、目標には届かない見込み');
    expect(await form.submit()).toMatch(/提出しました/);
    expect(await form.stateText()).toBe('提出済');
    await signOut();
  });

  it('a visitor still reads R5 as the latest year, and nothing of R6', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await table.currentYear()).toBe('令和5年度（2023）');
    expect((await table.yearLinks()).join(' ')).not.toMatch(/令和6年度/);
    expect(await page.locator('main').innerText()).not.toMatch(/282,000/);
    const answer = await fetch(`${server.url}/api/plans/${planId}/report?fy=2024`);
    expect(answer.status).toBe(404);
  });

  it('the admin counts the submitted ⑦ in the table only when asking for drafts, marked', async () => {
    await signIn(admin, `/plans/${planId}/table`);
    const table = new ProgressTablePage(page, server.url);
    expect(await table.currentYear()).toBe('令和5年度（2023）');
    await page.getByRole('link', { name: /審査中の入力.*を含めて表示/ }).click();
    await table.waitForContent();
    await table.goto(planId, '?fy=2024&drafts=1');
    expect(await page.locator('.drafts-switch').innerText()).toMatch(
      /審査中の入力 2 件を含めて表示/,
    );
    const seven = table.rowOf('⑦');
    expect(await seven.locator('.col-rate').innerText()).toMatch(/94%/);
    expect(await seven.locator('.draft-mark[data-draft="submitted"]').count()).toBe(2);
    await table.screenshot('round-table-drafts');
    await page.getByRole('link', { name: '承認済みの値だけを表示' }).click();
    await table.waitForContent();
    expect(new URL(page.url()).searchParams.get('drafts')).toBeNull();
  });

  it('the admin returns ⑦ with a comment on the board', async () => {
    await signIn(admin, `/plans/${planId}/rounds/${R6}`);
    const board = new RoundBoardPage(page, server.url);
    await page.locator('.board-entries').waitFor();
    expect(await board.progress('企画課')).toMatchObject({ submitted: 1, not_started: 5 });
    // The reviewer sees what was submitted: the figure, the rate and grade, last year's figure.
    const submitted = await board.submissionText('⑦', '企画課');
    expect(submitted).toMatch(/282,000 m²/);
    expect(submitted).toMatch(/94%\s*B/);
    expect(submitted).toMatch(/令和5年度（2023）: 283,179 m²/);
    expect(await board.selfEvaluationText('⑦', '企画課')).toMatch(
      /一次評価.*B.*目標には届かない見込み/s,
    );
    await board.returnEntry('⑦', '企画課', '延床面積の内訳（解体分）を取組内容に追記してください');
    expect(await board.state('⑦', '企画課')).toBe('returned');
    expect(await seriousViolations(page)).toEqual([]);
    await board.screenshot('round-board');
    await signOut();
  });

  it('the return reached the 企画課 editor by e-mail, with the comment and the entry’s page', async () => {
    const returned = () =>
      sink.received.filter(
        (m) => m.to.includes(kikaku.email) && m.subject.startsWith('【差戻し】'),
      );
    await expect.poll(() => returned().length, { timeout: 10_000 }).toBe(1);
    const [mail] = returned();
    expect(mail?.subject).toMatch(/令和6年度実績 ⑦ 公共施設の延べ床面積（企画課）/);
    expect(mail?.text).toContain('延床面積の内訳（解体分）を取組内容に追記してください');
    expect(mail?.text).toContain(`/plans/${planId}/rounds/2024/entries/`);
  });

  it('the editor reads the comment, fixes the narrative and resubmits', async () => {
    await signIn(kikaku);
    const owed = new OwedListPage(page, server.url);
    await page.locator('.owed-list').waitFor();
    expect(await owed.entryText('⑦')).toMatch(/差戻し.*延床面積の内訳/s);
    await owed.openEntry('⑦');
    const form = new EntryFormPage(page, server.url);
    expect(await form.comments()).toEqual(['延床面積の内訳（解体分）を取組内容に追記してください']);
    await form.fillNarrative(
      '公共施設等総合管理計画に基づき、旧校舎2棟（延床面積1,179m²）を解体した。',
    );
    await form.waitSaved();
    expect(await form.submit()).toMatch(/提出しました/);
    await signOut();
  });

  it('the committee member reads the resubmitted ⑦ and writes the external opinion', async () => {
    await signIn(committee, `/plans/${planId}/kpis/${encodeURIComponent('⑦')}?fy=${R6}`);
    const kpi = new KpiPage(page, server.url);
    await page.locator('.evaluations').waitFor();
    // The editor's self-evaluation, submitted, is there to read; only the external level to write.
    expect((await kpi.evaluationLevels()).join('\n')).toContain('解体は進んだが');
    expect(await kpi.evaluationForms()).toEqual(['external']);
    await kpi.writeEvaluation('external', { grade: 'C', text: '目標達成に向けた工程を示すこと' });
    expect(await seriousViolations(page)).toEqual([]);
    await signOut();
  });

  it('the admin writes the second evaluation beside the submitted figure', async () => {
    await signIn(admin, `/plans/${planId}/kpis/${encodeURIComponent('⑦')}?fy=${R6}`);
    const kpi = new KpiPage(page, server.url);
    await page.locator('.evaluations').waitFor();
    await kpi.writeEvaluation('second', { grade: 'B', text: '解体は計画どおり進んでいる' });
    // The admin reads the committee's opinion beside the department's own evaluation.
    const levels = (await kpi.evaluationLevels()).join('\n');
    expect(levels).toContain('目標達成に向けた工程を示すこと');
    expect(levels).toContain('解体は進んだが');
  });

  it('the admin approves ⑦, closes the round and publishes R6', async () => {
    await signIn(admin, `/plans/${planId}/rounds/${R6}`);
    const board = new RoundBoardPage(page, server.url);
    await page.locator('.board-entries').waitFor();
    // The entry page shows what was resubmitted, what changed since the return, and 承認.
    await board.openEntry('⑦', '企画課');
    const form = new EntryFormPage(page, server.url);
    const entered = await form.submissionText();
    expect(entered).toMatch(/282,000 m²/);
    expect(entered).toMatch(/差戻し後の変更[\s\S]*取組内容/);
    expect(entered).toMatch(/延床面積1,179m²/);
    expect(await seriousViolations(page)).toEqual([]);
    await form.screenshot('round-entry-review');
    expect(await form.approveHere()).toMatch(/⑦ 企画課: 承認済になりました/);
    expect(await form.stateText()).toBe('承認済');
    await board.goto(planId, R6);
    expect(await board.progress('企画課')).toMatchObject({ approved: 1 });
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    // A year is published once its round is done: refused while it is open.
    expect(await dashboard.setPublished(R6_LABEL, true)).toMatch(
      /この年度の照会が終わっていないため公開できません/,
    );
    await board.goto(planId, R6);
    // Departments nobody enters for are flagged; closing names what the round leaves.
    const nobody = await board.departmentsWithoutEditor();
    expect(nobody).toContain('総務課');
    expect(nobody).not.toContain('企画課');
    const leaves = await board.askToClose();
    expect(leaves).toMatch(/承認済 1件/);
    expect(leaves).toMatch(/未着手 \d+件/);
    expect(leaves).toMatch(/承認されていない入力が\d+件あります/);
    expect(leaves).toMatch(/編集者アカウントのない担当課: .*総務課/);
    await board.screenshot('round-close-confirm');
    expect(await board.closeRound()).toBe('締切済');
    // The close section goes with the open round; the board itself says it was closed.
    expect(await board.offersClose()).toBe(false);
    expect(await board.statusMessages()).toContainEqual(
      expect.stringContaining('照会を締め切りました'),
    );
    await dashboard.goto(planId);
    // Publishing names the entries not approved, whose R6 figures the public will not see.
    await dashboard.askToPublish(R6_LABEL, true);
    const unapproved = page.locator('[data-publish="not-approved"]');
    await unapproved.waitFor();
    expect(await unapproved.innerText()).toMatch(
      /承認されていない入力が\d+件[\s\S]*⑧ .*企画課・未着手/,
    );
    await page.getByRole('dialog').getByRole('button', { name: 'キャンセル' }).click();
    expect(await dashboard.setPublished(R6_LABEL, true)).toMatch(/公開しました/);
    await signOut();
  });

  it('the table, the dashboard and ⑦’s chart show R6 at 264,000 ÷ 282,000 = 94%', async () => {
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await table.currentYear()).toBe(R6_LABEL);
    expect(await table.rowOf('⑦').locator('.col-rate').innerText()).toMatch(/94%/);
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.goto(planId);
    expect(await dashboard.currentYear()).toBe(R6_LABEL);
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦');
    expect(await kpi.rate()).toBe('94%');
    const r6 = (await kpi.trendRows()).find((row) => row.year.includes('令和6年度'));
    expect(r6?.value).toMatch(/282,000/);
    await kpi.screenshot('round-kpi-after');
    expect(pageErrors).toEqual([]);
  });

  it('a visitor reads ⑦’s R6 evaluation on its page, beside the table and in the sheet PDF', async () => {
    await browser.context.clearCookies();
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦', `?fy=${R6}`);
    await page.locator('.evaluation-level').first().waitFor();
    const levels = (await kpi.evaluationLevels()).map((l) => l.split('\n')[0]);
    expect(levels).toEqual([
      '一次評価（担当課）',
      '二次評価（企画課）',
      '外部評価（外部評価委員）',
    ]);
    const table = new ProgressTablePage(page, server.url);
    await table.goto(planId);
    expect(await table.rowOf('⑦').locator('.report-evaluations').innerText()).toMatch(
      /一次評価[\s\S]*B[\s\S]*二次評価[\s\S]*外部評価[\s\S]*C 遅れ/,
    );
    const sheet = await fetch(
      `${server.url}/api/plans/${planId}/exports/report?fy=R6&format=pdf&shape=sheets`,
    );
    expect(sheet.status).toBe(200);
    const text = pdfText(new Uint8Array(await sheet.arrayBuffer())).text.replace(/\s+/g, '');
    expect(text).toContain('目標達成に向けた工程を示すこと');
    expect(text).toContain('解体は計画どおり進んでいる');
    expect(pageErrors).toEqual([]);
  });

  it('a reopened ⑦ of the closed round e-mails the editor and waits on its list until approved', async () => {
    await signIn(admin, `/plans/${planId}/rounds/${R6}`);
    const board = new RoundBoardPage(page, server.url);
    await page.locator('.board-entries').waitFor();
    await board.reopen('⑦', '企画課', '決算確定値で訂正してください');
    await signOut();
    await expect
      .poll(
        () =>
          sink.received.filter(
            (m) => m.to.includes(kikaku.email) && m.subject.startsWith('【再開】'),
          ).length,
        { timeout: 10_000 },
      )
      .toBe(1);
    // The round is closed, yet the editor lands on it: ⑦ is reopened and owed again.
    await signIn(kikaku);
    expect(new URL(page.url()).pathname).toBe('/rounds');
    const owed = new OwedListPage(page, server.url);
    await page.locator('.owed-list').waitFor();
    expect(await page.locator('.round-lead').innerText()).toMatch(/締め切られました.*未提出 1件/s);
    expect(await owed.entryText('⑦')).toMatch(
      /入力中[\s\S]*再開[\s\S]*決算確定値で訂正してください/,
    );
    await owed.screenshot('round-reopened-list');
    expect(pageErrors).toEqual([]);
  });
});
