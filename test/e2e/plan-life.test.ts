import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanReportView } from '../../src/domain/api-contract.ts';
import { KpiPage } from './pages/kpi-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * The mid-term review through the app (issue 20): the admin revises ⑦'s target from R7 and
 * retires ⑫ from R7 on their pages, each asking from which year and why; a change into the
 * published R5 is refused in Japanese beside the field. An anonymous reader's R5 page of ⑦ is
 * unchanged (264,000 m², 93%), and the KPI's history shows the revision with its reason.
 */

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
let planId: number;
let admin: { email: string; password: string };
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page, planId } = await openDemo({
    pageErrors,
    viewport: { width: 1366, height: 768 },
  }));
  admin = await server.addAccount({ role: 'admin', name: '企画 一郎' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What an anonymous reader sees of ⑦ in R5: the rate and the target. */
async function publicSeventh(): Promise<{ rate: string; target: string }> {
  const reader = await browser.context.browser()?.newContext();
  const other = reader ? await reader.newPage() : await browser.context.newPage();
  try {
    const kpi = new KpiPage(other, server.url);
    await kpi.goto(planId, '⑦', '?fy=2023');
    const target = await other
      .locator('.kpi-headline__facts div', { hasText: '目標値' })
      .locator('dd')
      .innerText();
    return { rate: await kpi.rate(), target };
  } finally {
    await other.close();
    await reader?.close();
  }
}

// A journey through one browser page: each step starts where the last one left it.
describe('the mid-term review in the app', { shuffle: false }, () => {
  it('revises ⑦’s target from R7 and retires ⑫, leaving the published R5 as it was', async () => {
    const before = await publicSeventh();
    expect(before).toEqual({ rate: '93%', target: '264,000 m²（令和8年度（2026））' });

    await new SignInPage(page, server.url).goto();
    await new SignInPage(page, server.url).signIn(admin.email, admin.password);
    const kpi = new KpiPage(page, server.url);
    await kpi.goto(planId, '⑦', '?fy=2023');
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: '計画の変更（中間見直し）' }),
    });
    // A change into the published R5 is refused beside the year.
    await form.getByLabel('適用する年度').fill('R5');
    await form.getByLabel(/新しい目標値/).fill('270,000');
    await form.getByLabel('変更の理由').fill('中間見直し：解体計画の延期');
    await form.getByRole('button', { name: '定義を見直す' }).click();
    await expect
      .poll(() => form.locator('#life-from-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await form.getByLabel('適用する年度').fill('R7');
    await form.getByLabel('指標名', { exact: true }).fill('公共施設の延床面積（見直し後）');
    // ⑦ keeps its ★ (a KPI of the comprehensive plan's second half) and is tagged 重点 from R7.
    expect(await form.getByLabel('タグ').inputValue()).toBe('★');
    await form.getByLabel('タグ').fill('★、重点');
    // …and measured as progress from its baseline from R7 (the history says so beside the year).
    await form.getByLabel('達成率の算出方法').selectOption('progress');
    await form.getByRole('button', { name: '定義を見直す' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('定義を見直しました');
    const definitions = page.getByTestId('kpi-definitions');
    await expect.poll(() => definitions.innerText()).toContain('令和7年度（2025）から');
    expect(await definitions.innerText()).toContain('270,000 m²');
    expect(await definitions.innerText()).toContain('中間見直し：解体計画の延期');
    expect(await definitions.innerText()).toContain('減らす指標（目標値 ÷ 実績値）');
    expect(await definitions.innerText()).toContain(
      '進捗率（(実績値 − 基準値) ÷ (目標値 − 基準値)）',
    );
    await page.screenshot({ path: 'test-results/plan-life-revised.png', fullPage: true });

    await kpi.goto(planId, '⑫', '?fy=2023');
    const retire = page.locator('section', {
      has: page.getByRole('heading', { name: '計画の変更（中間見直し）' }),
    });
    await retire.getByLabel('指標の廃止').check();
    await retire.getByLabel('適用する年度').fill('R7');
    await retire.getByLabel('変更の理由').fill('中間見直しで廃止');
    await retire.getByRole('button', { name: '指標を廃止する' }).click();
    await expect
      .poll(() => retire.getByRole('status').textContent())
      .toContain('指標を廃止しました');
    await expect
      .poll(() => page.locator('#kpi-life').locator('..').innerText())
      .toContain('令和7年度（2025）から廃止');
    expect(await seriousViolations(page)).toEqual([]);

    // The published R5 is what it was; R7's plan has the new target and no ⑫.
    expect(await publicSeventh()).toEqual(before);
    const cookies = await browser.context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r7: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R7`, { headers: { cookie } })
    ).json();
    expect(r7.rows.find((r) => r.code === '⑦')?.target?.value).toBe('270000');
    expect(r7.rows.find((r) => r.code === '⑦')?.title).toBe('公共施設の延床面積（見直し後）');
    expect(r7.rows.find((r) => r.code === '⑦')?.tags).toEqual(['★', '重点']);
    const r5: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)
    ).json();
    expect(r5.rows.find((r) => r.code === '⑦')?.title).not.toContain('見直し後');
    expect(r5.rows.find((r) => r.code === '⑦')?.tags).toEqual(['★']);
    expect(r7.rows.map((r) => r.code)).not.toContain('⑫');
    expect(pageErrors).toEqual([]);
  });

  it('declares the range of ⑦’s figures on its page (m² has none by its unit)', async () => {
    await new KpiPage(page, server.url).goto(planId, '⑦', '?fy=2023');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '入力できる値の範囲' }),
    });
    await expect.poll(() => section.innerText()).toContain('現在の範囲：制限なし');
    await section.getByLabel('上限').fill('１０,000');
    await section.getByLabel('下限').fill('abc');
    await section.getByRole('button', { name: '範囲を保存する' }).click();
    await expect
      .poll(() => section.locator('#kpi-range-min-error').textContent())
      .toContain('数値を入力してください');
    await section.getByLabel('下限').fill('0');
    await section.getByLabel('上限').fill('300,000');
    await section.getByRole('button', { name: '範囲を保存する' }).click();
    await expect
      .poll(() => section.innerText())
      .toContain('現在の範囲：0〜300,000 m² （この指標で指定）');
    // Its R7 milestone on the way to 264,000 in R8; the published R5 keeps its own.
    const milestones = page.locator('section', {
      has: page.getByRole('heading', { name: '年度目標（マイルストーン）' }),
    });
    await milestones.getByLabel('年度', { exact: true }).fill('R5');
    await milestones.getByLabel('年度目標', { exact: true }).fill('280,000');
    await milestones.getByRole('button', { name: '年度目標を保存する' }).click();
    await expect
      .poll(() => milestones.locator('#kpi-milestone-fy-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await milestones.getByLabel('年度', { exact: true }).fill('R7');
    await milestones.getByLabel('年度目標', { exact: true }).fill('270,000');
    await milestones.getByRole('button', { name: '年度目標を保存する' }).click();
    await expect.poll(() => milestones.innerText()).toContain('令和7年度（2025）: 270,000 m²');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('rates ① against its yearly plans from R7, chosen in the review form; R5 keeps its basis', async () => {
    await new KpiPage(page, server.url).goto(planId, '①', '?fy=2023');
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: '計画の変更（中間見直し）' }),
    });
    // The form starts from ①'s own rule: actual ÷ target, on the latest year's actual.
    expect(await form.getByLabel('算出の基準').inputValue()).toBe('latest');
    expect(await form.getByLabel('達成率の算出方法').inputValue()).toBe('ratio');
    await form.getByLabel('算出の基準').selectOption({
      label: 'その年度の実績値を、その年度の計画値（年度目標）に対して',
    });
    await form.getByLabel('適用する年度').fill('R7');
    await form.getByLabel('変更の理由').fill('年度目標に対する達成率で評価する');
    await form.getByRole('button', { name: '定義を見直す' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('定義を見直しました');
    const cookies = await browser.context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const basisIn = async (year: string) => {
      const report: PlanReportView = await (
        await fetch(`${server.url}/api/plans/${planId}/report?fy=${year}`, { headers: { cookie } })
      ).json();
      return report.rows.find((r) => r.code === '①')?.basis;
    };
    expect(await basisIn('R7')).toBe('milestone');
    expect(await basisIn('R5')).toBe('latest');
    // Its history says from when it is measured on which figures.
    const definitions = page.getByTestId('kpi-definitions');
    await expect.poll(() => definitions.innerText()).toContain('令和7年度（2025）から');
    expect(await definitions.innerText()).toContain(
      'その年度の実績値を、その年度の計画値（年度目標）に対して',
    );
    expect(await definitions.innerText()).toContain('最新年度の実績値');
    // R7's own plan, set on the same page, is the report's plan of that year (計画値).
    const milestones = page.locator('section', {
      has: page.getByRole('heading', { name: '年度目標（マイルストーン）' }),
    });
    await milestones.getByLabel('年度', { exact: true }).fill('R7');
    await milestones.getByLabel('年度目標', { exact: true }).fill('2');
    await milestones.getByRole('button', { name: '年度目標を保存する' }).click();
    await expect.poll(() => milestones.innerText()).toContain('令和7年度（2025）: 2');
    expect(await seriousViolations(page)).toEqual([]);
    const r7: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R7`, { headers: { cookie } })
    ).json();
    const first = r7.rows.find((r) => r.code === '①');
    // R7's plan under its year; no R7 result yet, so no rate (not last year's against it).
    expect(first?.plans?.at(-1)).toMatchObject({ fiscalYear: 2025, text: '2' });
    expect(first?.noRateReason).toBe('not-reported');
    expect(pageErrors).toEqual([]);
  });

  it('adds a KPI from R7 on the plan’s page, catching a department typo and a published year', async () => {
    await page.goto(`${server.url}/plans/${planId}/admin`);
    await page.getByRole('heading', { name: 'KPIの追加（年度指定）' }).waitFor();
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: 'KPIの追加（年度指定）' }),
    });
    await form.getByLabel('テーマプログラム').selectOption({ label: '3-7 行政手法の改革' });
    await form.getByLabel('KPI番号').fill('㉑');
    await form.getByLabel('指標名').fill('電子申請の利用件数');
    await form.getByLabel('単位', { exact: true }).fill('件');
    await form.getByLabel('担当課（読点区切り）').fill('情報政策');
    await form.getByLabel('目標値', { exact: true }).fill('5,000');
    await form.getByLabel('目標年度').fill('R8');
    // Counted over the plan's years: the sum of the yearly actuals against the target.
    expect(await form.getByLabel('算出の基準').inputValue()).toBe('latest');
    await form.getByLabel('算出の基準').selectOption({ label: '期間中の実績値の合計' });
    await form.getByLabel('適用する年度').fill('R5');
    await form.getByLabel('変更の理由').fill('⑫に代わる指標');
    await form.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => form.locator('#kpi-departments-error').textContent())
      .toContain('登録されていない担当課です：情報政策');
    await form.getByLabel('担当課（読点区切り）').fill('情報政策課');
    await form.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => form.locator('#kpi-from-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await form.getByLabel('適用する年度').fill('R7');
    await form.getByRole('button', { name: '追加する' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain('KPI ㉑ を令和7年度（2025）から追加しました。');
    await expect
      .poll(() => page.locator('.plan-admin__kpis').innerText())
      .toContain('㉑ 電子申請の利用件数');
    await page.screenshot({ path: 'test-results/plan-admin.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Absent from the published R5, present from R7.
    const r5: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)
    ).json();
    expect(r5.rows.map((r) => r.code)).not.toContain('㉑');
    const cookies = await browser.context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r7: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R7`, { headers: { cookie } })
    ).json();
    expect(r7.rows.find((r) => r.code === '㉑')).toMatchObject({
      basis: 'period-sum',
      formula: 'ratio',
    });
    expect(pageErrors).toEqual([]);
  });

  it('renames a department from R7 after a reorganisation; the published R5 keeps the old name', async () => {
    await page.goto(`${server.url}/admin/accounts`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '担当課の一覧', exact: true }),
    });
    await section.getByRole('heading', { name: '担当課の名称変更（機構改革）' }).waitFor();
    const rename = section.locator('form', { hasText: '担当課の名称変更' });
    await rename.getByLabel('担当課名').selectOption({ label: '上下水道課' });
    await rename.getByLabel('新しい名称').fill('上下水道局');
    await rename.getByLabel('適用する年度').fill('R5');
    await rename.getByLabel('変更の理由').fill('機構改革');
    await rename.getByRole('button', { name: '名称を変更する' }).click();
    await expect
      .poll(() => rename.locator('#department-rename-from-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await rename.getByLabel('適用する年度').fill('R7');
    await rename.getByRole('button', { name: '名称を変更する' }).click();
    await expect
      .poll(() => section.locator('table').innerText())
      .toContain('令和7年度（2025）から 上下水道課 → 上下水道局（機構改革）');
    expect(await seriousViolations(page)).toEqual([]);
    const report = async (fy: string, init?: RequestInit): Promise<PlanReportView> =>
      (await fetch(`${server.url}/api/plans/${planId}/report?fy=${fy}`, init)).json();
    const r5 = await report('R5');
    expect(r5.rows.find((r) => r.code === '⑰')?.departments).toContain('上下水道課');

    // Then 上下水道局 is merged into 総務課 from R8: ⑰ names 総務課 once from R8.
    const merge = section.locator('form', { hasText: '担当課の統合' });
    await merge.getByLabel('統合される担当課').selectOption({ label: '上下水道局' });
    await merge.getByLabel('統合先の担当課').selectOption({ label: '総務課' });
    await merge.getByLabel('適用する年度').fill('R8');
    await merge.getByLabel('変更の理由').fill('機構改革：水道事業の移管');
    await merge.getByRole('button', { name: '統合する' }).click();
    await expect
      .poll(() => section.locator('table').innerText())
      .toContain('令和8年度（2026）から 総務課 に統合');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await report('R5')).rows.find((r) => r.code === '⑰')?.departments).toContain(
      '上下水道課',
    );
    expect(pageErrors).toEqual([]);
  });

  it('renames basic policy 1 from R7 on the plan’s page; the published R5 keeps the old name', async () => {
    const report = async (fy: string): Promise<PlanReportView> =>
      (await fetch(`${server.url}/api/plans/${planId}/report?fy=${fy}`)).json();
    const printed = (await report('R5')).rows[0]!.policy;
    await page.goto(`${server.url}/plans/${planId}/admin`);
    const form = page.locator('form', { has: page.locator('#policy-1') });
    await form.locator('#policy-1').fill('持続可能な行財政運営');
    await form.getByLabel('適用する年度').fill('R5');
    await form.getByLabel('変更の理由').fill('中間見直し：方針の整理');
    await form.getByRole('button', { name: '名称を変更' }).click();
    await expect
      .poll(() => form.locator('#policy-1-rename-from-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await form.getByLabel('適用する年度').fill('R7');
    await form.getByRole('button', { name: '名称を変更' }).click();
    await expect
      .poll(() => page.locator('form', { has: page.locator('#policy-1') }).innerText())
      .toContain(
        `令和7年度（2025）から「${printed.name}」→「持続可能な行財政運営」（中間見直し：方針の整理）`,
      );
    // A published plan's tree is kept as printed: the page says so instead of offering moves.
    await expect
      .poll(() => page.locator('#plan-admin-arrange').locator('..').innerText())
      .toContain('公表したとおりに保たれます');
    expect((await report('R5')).rows[0]!.policy).toEqual(printed);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('hands ⑦ to 財政課 from R7 on the plan’s page; the published R5 keeps 企画課', async () => {
    const report = async (fy: string, init?: RequestInit): Promise<PlanReportView> =>
      (await fetch(`${server.url}/api/plans/${planId}/report?fy=${fy}`, init)).json();
    const r5Before = await (await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)).text();
    await page.goto(`${server.url}/plans/${planId}/admin`);
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: 'KPIの担当課の変更（年度から）' }),
    });
    await form.getByLabel('担当課を変更するKPI').selectOption({ value: '⑦' });
    await expect.poll(() => form.innerText()).toContain('いまの担当課：企画課');
    await form.getByLabel('新しい担当課').fill('財政');
    await form.getByLabel('適用する年度').fill('R5');
    await form.getByLabel('変更の理由').fill('機構改革：公共施設マネジメントの移管');
    await form.getByRole('button', { name: '担当課を変更する' }).click();
    await expect
      .poll(() => form.locator('#kpi-departments-new-error').textContent())
      .toContain('登録されていない担当課です：財政');
    await form.getByLabel('新しい担当課').fill('財政課');
    await form.getByRole('button', { name: '担当課を変更する' }).click();
    await expect
      .poll(() => form.locator('#kpi-departments-from-error').textContent())
      .toContain('公表済みの年度は変更できません');
    await form.getByLabel('適用する年度').fill('R7');
    await form.getByRole('button', { name: '担当課を変更する' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain('KPI ⑦ の担当課を 令和7年度（2025）から 財政課 に変更しました。');
    await expect
      .poll(() => page.locator('.plan-admin__kpis li', { hasText: '⑦ ' }).innerText())
      .toContain('財政課');
    expect(await seriousViolations(page)).toEqual([]);
    // What a citizen read of R5 stays; a member's R7 names 財政課.
    expect(await (await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)).text()).toBe(
      r5Before,
    );
    const cookies = await browser.context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r7 = await report('R7', { headers: { cookie } });
    expect(r7.rows.find((r) => r.code === '⑦')?.departments).toEqual(['財政課']);
    // ⑦'s page lists the change with its year and reason.
    await page.locator('.plan-admin__kpis').getByRole('link', { name: /^⑦ / }).click();
    await expect
      .poll(() => page.getByTestId('kpi-places').innerText())
      .toContain(
        '令和7年度（2025）から\t担当課\t企画課 → 財政課\t機構改革：公共施設マネジメントの移管',
      );
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('makes the next plan on the plan’s page; its ⑦ links back to the ⑦ it continues', async () => {
    await page.goto(`${server.url}/plans/${planId}/admin`);
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: '次期計画の作成' }),
    });
    await form.getByLabel('次期計画の名称').fill('第2次湯沢市行財政改革実施計画');
    await form.getByLabel('開始年度').fill('R8');
    await form.getByLabel('終了年度').fill('R12');
    // ⑫ was retired from R7 above: not offered.
    expect(await form.getByRole('checkbox').count()).toBeGreaterThan(10);
    await expect.poll(() => form.locator('fieldset').innerText()).not.toContain('⑫');
    await form.getByRole('button', { name: '次期計画を作成する' }).click();
    await expect.poll(() => form.locator('#successor-start-error').textContent()).toContain('R8');
    await form.getByLabel('開始年度').fill('R9');
    await form.getByLabel('終了年度').fill('R13');
    await form.getByRole('button', { name: '次期計画を作成する' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain('次期計画「第2次湯沢市行財政改革実施計画」を作成しました。');
    await form.getByRole('link', { name: '次期計画の管理ページを開く' }).click();
    await page.locator('.plan-admin__kpis').getByRole('link', { name: /^⑦ / }).click();
    await expect
      .poll(() => page.locator('#kpi-life').locator('..').innerText())
      .toContain('前の計画から継続している指標です：「湯沢市行財政改革実施計画」の ⑦');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('arranges the unpublished next plan’s tree: basic policy 1 goes last', async () => {
    const nextPlanId = Number(/\/plans\/(\d+)\//.exec(page.url())?.[1]);
    await page.goto(`${server.url}/plans/${nextPlanId}/admin`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '体系の並べ替え（公表前の計画）' }),
    });
    await section.getByLabel('移動する基本方針').selectOption({ index: 0 });
    await section.locator('#move-policy-before').selectOption({ label: '最後に置く' });
    await section.getByRole('button', { name: '移動する' }).first().click();
    await expect
      .poll(() => section.getByRole('status').first().textContent())
      .toContain('移動しました');
    const tree: { policies: { number: string }[] } = await page.evaluate(
      async (id) => (await fetch(`/api/plans/${id}/tree`)).json(),
      nextPlanId,
    );
    expect(tree.policies.at(-1)?.number).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('deletes only what was never published: ⑦ is kept, the unpublished next plan goes', async () => {
    const nextPlanId = Number(/\/plans\/(\d+)\//.exec(page.url())?.[1]);
    expect(nextPlanId).toBeGreaterThan(planId);
    await page.goto(`${server.url}/plans/${planId}/admin`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '削除（公表前のみ）' }),
    });
    await section.getByLabel('削除するKPI').selectOption({ value: '⑦' });
    const button = section.getByRole('button', { name: 'KPIを削除する' });
    expect(await button.isDisabled()).toBe(true);
    await section.getByLabel('KPI ⑦ とその実績・入力をすべて削除することを確認しました').check();
    await button.click();
    await expect
      .poll(() => section.getByRole('alert').first().textContent())
      .toContain('公表した年度に載っているため削除できません');

    // The published plan's KPI moves from a year, the years before keeping its place; the
    // next plan's tree is arranged freely.
    const r5Before = await (await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)).text();
    const printedTheme = JSON.parse(r5Before).rows.find((r: { code: string }) => r.code === '⑳')
      .theme.number as string;
    const move = page.locator('section', {
      has: page.getByRole('heading', { name: 'KPIの移動', exact: true }),
    });
    await move.getByLabel('移動するKPI').selectOption({ value: '⑳' });
    await move.getByLabel('テーマプログラム').selectOption({ index: 0 });
    await move.getByRole('button', { name: '移動する' }).click();
    await expect
      .poll(() => move.getByRole('alert').first().textContent())
      .toContain('移動を適用する年度と理由を入力してください');
    await move.getByLabel('適用する年度').fill('R7');
    await move.getByLabel('変更の理由').fill('中間見直し：体系の整理');
    await move.getByRole('button', { name: '移動する' }).click();
    await expect
      .poll(() => move.getByRole('status').textContent())
      .toContain('KPI ⑳ を 令和7年度（2025）から');
    expect(await (await fetch(`${server.url}/api/plans/${planId}/report?fy=R5`)).text()).toBe(
      r5Before,
    );
    const cookie = (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const r7: PlanReportView = await (
      await fetch(`${server.url}/api/plans/${planId}/report?fy=R7`, { headers: { cookie } })
    ).json();
    expect(r7.rows.find((r) => r.code === '⑳')?.theme.number).not.toBe(printedTheme);
    await page.goto(`${server.url}/plans/${nextPlanId}/admin`);
    const nextMove = page.locator('section', {
      has: page.getByRole('heading', { name: 'KPIの移動', exact: true }),
    });
    await nextMove.getByLabel('移動するKPI').selectOption({ value: '⑳' });
    await nextMove.getByLabel('移動先の位置').selectOption({ index: 1 });
    await nextMove.getByRole('button', { name: '移動する' }).click();
    await expect.poll(() => nextMove.getByRole('status').textContent()).toContain('KPI ⑳ を');
    await expect
      .poll(async () =>
        (await page.locator('.plan-admin__kpis li').first().innerText()).slice(0, 1),
      )
      .toBe('⑳');
    const next = page.locator('section', {
      has: page.getByRole('heading', { name: '削除（公表前のみ）' }),
    });
    await next
      .getByLabel(
        '計画「第2次湯沢市行財政改革実施計画」とその内容をすべて削除することを確認しました',
      )
      .check();
    await next.getByRole('button', { name: '計画を削除する' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/admin'));
    const gone = await page.evaluate(
      async (id) => (await fetch(`/api/plans/${id}/tree`)).status,
      nextPlanId,
    );
    expect(gone).toBe(404);
    expect(pageErrors).toEqual([]);
  });
});
