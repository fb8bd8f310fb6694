import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fixtureBytes } from '../support/test-files.ts';
import { ImportPage } from './pages/import-page.ts';
import { ProgressTablePage } from './pages/progress-table-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { seriousViolations } from './support/axe.ts';
import { englishRuns } from './support/english-runs.ts';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';
import { policiesWorkbookBytes } from '../support/policies-workbook.ts';

/*
 * The import page: an admin uploads a table whose "R5 数値" column the importer cannot
 * classify (read as "other", so the rates come from R4 and do not match), sees it, makes the
 * column the actuals, reads again (✓), imports, and finds the KPIs in the progress table.
 */

const TABLE = {
  name: 'library-kpi.tsv',
  text: new TextDecoder().decode(fixtureBytes('made-up/unknown-year-column-no-rate-r5.tsv')),
};
const PLAN = '図書館振興計画';
/** The same table with no column of actuals by its words: shown with the lack as a problem. */
const LACKING = {
  name: 'library-kpi-lacking.tsv',
  text: new TextDecoder().decode(fixtureBytes('made-up/no-actual-column-no-rate-r5.tsv')),
};
const LACKING_PLAN = '図書館振興計画（実績列なし）';

/** A plan's own indicators, 現状値 and 目標値, no year measured yet. */
const PLAN_TABLE = {
  name: 'plan-indicators.tsv',
  text: new TextDecoder().decode(fixtureBytes('made-up/plan-indicators-r2.tsv')),
};
const PLAN_TABLE_PLAN = '図書館振興計画（策定時の指標）';

let server: DemoServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await openDemo({ pageErrors, stepTimeout: 15_000 }));
  const admin = await server.addAccount({ role: 'admin', name: '管理 一郎' });
  const signIn = new SignInPage(page, server.url);
  await signIn.goto('/admin/import');
  await signIn.signIn(admin.email, admin.password);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A journey through one browser page: each step starts where the last one left it.
describe(
  'importing a table the importer misread (no printed rate to read it by)',
  { shuffle: false },
  () => {
    const importPage = () => new ImportPage(page, server.url);

    it('shows the table as read: the unknown column as other, the rates computed from R4', async () => {
      await importPage().goto();
      // The file picker offers every form the importer reads, the city's PDF included.
      expect(
        (await page.locator('#import-file').getAttribute('accept'))?.split(',').sort(),
      ).toEqual(['.csv', '.pdf', '.tsv', '.txt', '.xlsx']);
      await importPage().read(TABLE, PLAN);
      const columns = await importPage().columns();
      expect(columns[4]).toEqual(['E', 'R5 数値', 'other', '見出しに役割を示す語がありません']);
      expect(await importPage().rates()).toEqual([
        ['①', '—', '60%', '達成率なし'],
        ['②', '—', '55%', '達成率なし'],
      ]);
      expect(await importPage().reportYear()).toContain('令和4年度');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('reads the column as actuals once corrected, then imports it', async () => {
      await importPage().correctRole('E', '実績値');
      expect((await importPage().columns())[4]).toEqual(['E', 'R5 数値', 'actual', '手で設定']);
      expect(await importPage().rates()).toEqual([
        ['①', '—', '75%', '達成率なし'],
        ['②', '—', '60%', '達成率なし'],
      ]);
      expect(await importPage().reportYear()).toContain('令和5年度');
      // No plan has this name yet: the page asks before creating one.
      expect(await importPage().importButton().isDisabled()).toBe(true);
      expect(await importPage().blockedReason()).toContain(`「${PLAN}」という計画はありません`);
      await importPage().confirmNewPlan(PLAN);
      expect(await importPage().importButton().isEnabled()).toBe(true);
      expect(await importPage().importNow()).toContain(PLAN);
      expect(await page.getByTestId('import-result').innerText()).toContain(
        '列の対応付けを計画に保存',
      );
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('shows the imported KPIs in the progress table', async () => {
      await importPage().openProgressTable();
      expect(await new ProgressTablePage(page, server.url).kpiCodes()).toEqual(['①', '②']);
      expect(pageErrors).toEqual([]);
    });

    it('applies the saved mapping to next year’s file of the same shape, and says so', async () => {
      await importPage().goto();
      await importPage().read(
        {
          name: 'library-kpi-r6.tsv',
          text: new TextDecoder().decode(
            fixtureBytes('made-up/unknown-year-column-no-rate-r6.tsv'),
          ),
        },
        PLAN,
      );
      expect(await page.getByTestId('import-mapping').innerText()).toContain('前回確定した');
      expect((await importPage().columns())[4]).toEqual(['E', 'R6 数値', 'actual', '手で設定']);
      expect((await importPage().rates()).map((r) => r[2])).toEqual(['90%', '80%']);
      expect(await importPage().reportYear()).toContain('令和6年度');
    });
  },
);

describe('importing a table that names no column of actuals', { shuffle: false }, () => {
  const importPage = () => new ImportPage(page, server.url);

  it('shows it as read, the unknown column marked and the lack as a problem, and refuses to import', async () => {
    await importPage().goto();
    await importPage().read(LACKING, LACKING_PLAN);
    expect((await importPage().columns())[3]).toEqual([
      'D',
      'R5 数値',
      'other',
      '見出しに役割を示す語がありません',
    ]);
    expect(await importPage().unknownColumns()).toEqual(['D']);
    expect(await importPage().problems()).toEqual([
      [
        '1',
        'A',
        '見出しに実績値（実績）の列が見つかりません。いずれかの列の役割を実績値にして再読込してください（1行目・A列）。',
      ],
    ]);
    expect(await importPage().blockedReason()).toContain('列の役割');
    expect(await importPage().importButton().isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('imports it once the column is set to actual, and shows its KPIs', async () => {
    await importPage().correctRole('D', '実績値');
    expect(await importPage().problems()).toEqual([]);
    expect(await importPage().unknownColumns()).toEqual([]);
    expect(await importPage().rates()).toEqual([
      ['①', '—', '75%', '達成率なし'],
      ['②', '—', '60%', '達成率なし'],
    ]);
    expect(await importPage().reportYear()).toContain('令和5年度');
    await importPage().confirmNewPlan(LACKING_PLAN);
    expect(await importPage().importNow()).toContain(LACKING_PLAN);
    await importPage().openProgressTable();
    expect(await new ProgressTablePage(page, server.url).kpiCodes()).toEqual(['①', '②']);
    expect(pageErrors).toEqual([]);
  });
});

describe('a table that prints grades and their legend', () => {
  it('shows each printed grade beside the one the legend’s scale gives, the note as a note', async () => {
    const importPage = new ImportPage(page, server.url);
    await importPage.goto();
    const text = [
      '指標\t基準値(R1)\t目標値(R6)\tR5実績\t達成率\t評価',
      '観光客数\t100\t200\t190\t95.0%\t○',
      '移住者数\t10\t30\t18\t60.0%\t○',
      '※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満',
    ].join('\n');
    await importPage.read({ name: 'graded.tsv', text }, '観光振興計画（評価の凡例つき）');
    expect(await page.getByTestId('import-grade').allInnerTexts()).toEqual(['○ → ○', '○ → △']);
    // The scale shown as the progress table's legend shows it: the legend's cuts.
    const legend = await page.getByTestId('import-grade-scale').innerText();
    for (const line of ['達成率 100%以上', '達成率 80%以上', '達成率 60%以上', '達成率 60%未満'])
      expect(legend).toContain(line);
    expect(
      (await page.locator('[data-testid="import-grade-scale"] .grade').allInnerTexts()).slice(0, 4),
    ).toEqual(['◎', '○', '△', '×']);
    expect(await page.getByTestId('import-grade-scale-source').innerText()).toContain('凡例');
    expect(
      await page.locator('[data-testid="import-rows"] tr[data-kind="note"]').innerText(),
    ).toContain('※評価 ◎:100%以上');
    expect(await importPage.problems()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows grades by a legend of change (健康増進計画) as the moves that earn them', async () => {
    const importPage = new ImportPage(page, server.url);
    await importPage.goto();
    const text = [
      '指標\t策定時(H28)\t目標(R5)\t直近値(R3)\t評価',
      '成人の喫煙率\t18.5%\t12.0%\t15.2%\tB',
      '運動習慣者の割合\t30.1%\t40.0%\t41.2%\tA',
      '歯科健診受診率\t10.2%\t20.0%\t10.4%\tC',
      '野菜の摂取量(g)\t250\t350\t290\tB',
      '※評価 A:目標値に達した B:目標値に達していないが改善傾向 C:変わらない D:悪化している',
    ].join('\n');
    await importPage.read({ name: 'kenko.tsv', text }, '健康増進計画（中間評価）');
    expect(await page.getByTestId('import-grade').allInnerTexts()).toEqual([
      'B → B',
      'A → A',
      'C → C',
      'B → B',
    ]);
    const legend = await page.getByTestId('import-change-legend').innerText();
    expect(legend).toContain('A: 目標値に達した');
    expect(legend).toContain('C: 変化なし（策定時の値から±1.96%以内）');
    expect(await page.getByTestId('import-grade-scale-source').innerText()).toContain('数値の動き');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('a table that prints a rate under each year', () => {
  it('shows each year’s printed rate beside what that year gives, and counts them in the summary', async () => {
    const importPage = new ImportPage(page, server.url);
    await importPage.goto();
    const text = [
      '指標名\t区分\tR3\tR4\tR5',
      '自主防災組織結成率\t目標値\t40.0\t45.0\t50.0',
      '\t実績値\t38.0\t44.0\t47.5',
      '\t達成率\t95.0%\t97.0%\t95.0%',
    ].join('\n');
    await importPage.read({ name: 'year-rates.tsv', text }, '地域防災計画（年度別の達成率）');
    expect(await page.getByTestId('import-year-rates').allInnerTexts()).toEqual([
      'R3 95.0% ✓　R4 97.0% ✗ 97.8%',
    ]);
    expect(await page.getByTestId('import-summary').innerText()).toBe('KPI 1件、達成率 2/3件一致');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('importing a plan’s own indicator table', () => {
  it('says what it read it as, imports it, and shows its KPIs with no year’s figures', async () => {
    const importPage = new ImportPage(page, server.url);
    await importPage.goto();
    await importPage.read(PLAN_TABLE, PLAN_TABLE_PLAN);
    expect(await importPage.planTableNote()).toContain(
      '計画の指標（基準値と目標値）の表として読みました',
    );
    expect(await importPage.problems()).toEqual([]);
    expect(await importPage.importButton().isDisabled()).toBe(true);
    await importPage.confirmNewPlan(PLAN_TABLE_PLAN);
    expect(await importPage.importNow()).toContain(PLAN_TABLE_PLAN);
    // Nothing measured yet: the result leads to the plan's page, where its KPIs are listed.
    await page.getByRole('link', { name: '計画の指標を見る' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/admin'));
    await expect
      .poll(() => page.locator('.plan-admin__kpis > li > a').allInnerTexts())
      .toEqual(['① 図書館利用者数', '② 不法投棄件数']);
    // A progress table shows no such note.
    await importPage.goto();
    await importPage.read(TABLE, PLAN);
    expect(await importPage.planTableNote()).toBe('');
    expect(pageErrors).toEqual([]);
  });
});

describe('a table far too wide', () => {
  it('is refused by its first bytes, and the page says why though the upload was cut off', async () => {
    // 9 MB of 1,000-column lines: the server answers after its first 64 KB and closes the
    // connection rather than read the rest (upload-head.ts); Chromium reads the answer.
    const line = `${Array.from({ length: 1000 }, (_, i) => String(i).padStart(8, '0')).join('\t')}\n`;
    const importPage = new ImportPage(page, server.url);
    await importPage.goto();
    const refusal = await importPage.tryRead(
      { name: 'wide.tsv', text: line.repeat(Math.floor(9e6 / line.length)) },
      '幅の広すぎる表',
    );
    // The server's answer as the page shows an import refusal (a failed fetch reads otherwise).
    expect(refusal).toBe(
      'ファイルを取り込めませんでした。「wide.tsv」は列数が上限（200）を超えています（1行目で読み取りを止めました）。',
    );
    expect(pageErrors).toEqual([]);
  });
});

describe('the outcome of 取り込む at the foot of a long page', () => {
  it('is scrolled into sight and focused', async () => {
    const importPage = new ImportPage(page, server.url);
    const plan = '湯沢市総合戦略（取り込み結果の確認）';
    await importPage.goto();
    await importPage.read(
      { name: 'yuzawa-r5.tsv', text: new TextDecoder().decode(fixtureBytes('yuzawa')) },
      plan,
    );
    await importPage.confirmNewPlan(plan);
    const acceptProblems = page.getByLabel('問題を承知で取り込む');
    if (await acceptProblems.isVisible()) await acceptProblems.check();
    await importPage.importButton().scrollIntoViewIfNeeded();
    // The button is far down: the outcome's place above the form is out of sight.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await importPage.importNow()).toContain(plan);
    expect(await importPage.outcomeInSight()).toEqual({ inViewport: true, focused: true });
    expect(await seriousViolations(page)).toEqual([]);
    // What it added, opened: in Japanese too (「KPI ① 追加」, not 「KPI ① added」).
    const outcome = page.getByTestId('import-outcome');
    for (const summary of await outcome.locator('summary').all()) await summary.click();
    const lines = await outcome.innerText();
    expect(lines).toContain('追加');
    expect(englishRuns(lines)).toEqual([]);
  });
});

describe('a workbook of one worksheet per basic policy', () => {
  it('offers its worksheets, reads the one chosen, and imports that one alone', async () => {
    const importPage = new ImportPage(page, server.url);
    const plan = '総合戦略（シートごとの基本目標）';
    await importPage.goto();
    await importPage.read({ name: 'plan-r5.xlsx', bytes: await policiesWorkbookBytes() }, plan);
    expect(await importPage.sheets()).toEqual({
      options: ['未選択（先頭の「基本目標1」）', '基本目標1', '基本目標2'],
      chosen: '',
    });
    // Unchosen, the first is read and the page asks for a choice rather than the CLI's --sheet.
    expect(await importPage.problems()).toEqual([
      [
        '1',
        'A',
        'ブックの他のシート（基本目標2）は読んでいません。最初のシート「基本目標1」だけを読みました。読み取るシートを選んでください。',
      ],
    ]);
    expect(await page.getByTestId('import-kpis').innerText()).toContain('観光客数');
    await importPage.chooseSheet('基本目標2');
    expect(await importPage.sheets()).toEqual({
      options: ['基本目標1', '基本目標2'],
      chosen: '基本目標2',
    });
    expect(await page.getByTestId('import-kpis').innerText()).toContain('出生数');
    expect(await importPage.problems()).toEqual([]);
    expect(await importPage.rates()).toEqual([['1', '88.4%', '88.4%', '✓ 一致']]);
    await importPage.confirmNewPlan(plan);
    expect(await importPage.importNow()).toContain(plan);
    await importPage.openProgressTable();
    const table = await page.locator('main').innerText();
    expect(table).toContain('出生数');
    expect(table).not.toContain('観光客数');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Real tables: the sample and other cities' reports, each read as the admin would. */
const REAL_TABLES = [
  'yuzawa',
  ...readdirSync(new URL('../../src/io/fixtures/other-cities/', import.meta.url))
    .filter((name) => name.endsWith('.tsv'))
    .map((name) => `other-cities/${name}`),
];

describe('the import page in Japanese only', () => {
  it('finds English runs and leaves file names, codes and units', () => {
    expect(englishRuns('列 E: no known word')).toEqual(['no known word']);
    expect(englishRuns('理由: set by hand（手で）')).toEqual(['set by hand']);
    expect(englishRuns('KPI 3件 abira-sougoukeikaku-h30.tsv 面積 120 m² PDF CSV XLSX')).toEqual([]);
  });

  it('shows no English sentence in the reading of any real table', async () => {
    const importPage = new ImportPage(page, server.url);
    const found: Record<string, string[]> = {};
    const read: string[] = [];
    for (const name of REAL_TABLES) {
      await importPage.goto();
      const text = new TextDecoder().decode(fixtureBytes(name));
      const refusal = await importPage.tryRead(
        { name: name.replace(/^.*\//, ''), text },
        '英語検査用の計画',
      );
      if (refusal === null) read.push(name);
      const runs = englishRuns(await importPage.visibleText());
      if (runs.length > 0) found[name] = runs;
    }
    expect(found).toEqual({});
    // Most are read (a refusal is checked for English too, but a reading shows far more).
    expect(read.length).toBeGreaterThan(REAL_TABLES.length / 2);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
