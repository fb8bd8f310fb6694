import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/support/test-files.ts';
import { policiesWorkbookFile } from '../../test/support/policies-workbook.ts';
import { main } from './main.ts';
import { recordingContext } from './test-context.ts';

/** A table written to a fresh temporary folder, one line a row. */
const tableFile = (name: string, lines: readonly string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'mieruka-')), name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

/** No column of actuals by its words: "R5 数値" holds them. */
const LACKING = 'made-up/no-actual-column-no-rate-r5.tsv';

const run = async (...argv: string[]) => {
  const context = recordingContext(process.cwd());
  const code = await main(argv, context);
  return { code, out: context.out.join(''), err: context.err.join('') };
};

describe('mieruka check', () => {
  it('prints the contract JSON for the Yuzawa table: 20 KPIs, 18 printed, 18 matched, nothing unplaced', async () => {
    const { code, out } = await run('check', fixturePath('yuzawa'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(json.yearRates).toEqual({ printed: 0, matched: 0 });
    expect(json.unplaced).toEqual([]);
    expect(json.problems).toEqual([]);
    expect(json.fiscalYearSource).toBe('header');
    expect(json.kpis[0]).toMatchObject({
      code: '①',
      title: '新たな仕組みによりまちづくりに取り組む地区・団体数',
      printed: '50%',
      computed: '50%',
      match: true,
      direction: 'increase',
      basis: 'latest',
    });
    expect(json.kpis[15]).toMatchObject({
      code: '⑯',
      printed: '100.2%',
      computed: '100.2%',
      direction: 'decrease',
    });
    expect(json.kpis[8]).toMatchObject({ code: '⑨', printed: null, computed: null, match: null });
  });

  it('prints a readable table by default', async () => {
    const { code, out } = await run('check', fixturePath('yuzawa'));
    expect(code).toBe(0);
    expect(out).toContain('令和5年度（2023年度）');
    expect(out).toMatch(/⑩\s+インフラ施設.*43%\s+43%\s+✓\s+increase\s+cumulative/);
    expect(out).toContain('20 KPIs, 18 printed rates, 18 matched, 0 cells unplaced');
  });

  it('shows the rates printed under each year beside what the year gives, and counts them with the KPIs’ own', async () => {
    // A KPI's lines 目標値 / 実績値 / 達成率, years as columns; R5's rate the KPI's own, R3's
    // and R4's each that year's actual against that year's plan. R4's is misprinted.
    const file = tableFile('years.tsv', [
      '指標名\t区分\tR3\tR4\tR5',
      '自主防災組織結成率\t目標値\t40.0\t45.0\t50.0',
      '\t実績値\t38.0\t44.0\t47.5',
      '\t達成率\t95.0%\t97.0%\t95.0%',
    ]);
    const { code, out } = await run('check', file);
    expect(code).toBe(0);
    expect(out).toContain(
      'Rates printed for single years, each recomputed from its year’s figures:\n  1  R3 95.0% ✓  R4 97.0% ✗ 97.8%',
    );
    expect(out).toContain('1 KPIs, 3 printed rates (2 of single years), 2 matched');
    const json = JSON.parse((await run('check', file, '--json')).out);
    expect(json.summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(json.yearRates).toEqual({ printed: 2, matched: 1 });
    expect(json.kpis[0].yearRates).toEqual([
      { year: 'R3', printed: '95.0%', computed: '95.0%', match: true },
      { year: 'R4', printed: '97.0%', computed: '97.8%', match: false },
    ]);
  });

  it('checks changes against the year before apart from the rates: text, --json and --explain', async () => {
    const file = tableFile('suido-h18.tsv', [
      '項目\t平成18年度\t平成17年度\t前年度比',
      '給水人口\t47,305\t47,349\t99.9',
      '給水戸数\t17,942\t17,776\t101.9',
    ]);
    const { code, out } = await run('check', file, '--explain');
    expect(code).toBe(0);
    expect(out).toContain(
      'Changes against the year before (not rates of the KPIs), each recomputed from its row’s two figures:\n  1  D 99.9% ✓\n  2  D 101.9% ✗ 100.9%',
    );
    expect(out).toContain(
      'Changes against the year before, checked apart from the KPIs\' rates (1 column):\n  D "前年度比" (by its words): B ÷ C × 100, half up, 1 of 2 reproduced',
    );
    expect(out).toContain('2 changes against the year before (1 reproduced)');
    expect(out).toMatch(
      /row 3, column 4 \[rate\]: KPI 2: the change against the year before printed 101\.9%/,
    );
    const json = JSON.parse((await run('check', file, '--json')).out);
    expect(json.summary).toEqual({ kpis: 2, printed: 0, matched: 0 });
    expect(json.yearOnYear).toEqual({ printed: 2, matched: 1 });
    expect(json.kpis[1].yearOnYear).toEqual([
      { column: 'D', label: '前年度比', printed: '101.9%', computed: '100.9%', match: false },
    ]);
  });

  it('--explain says which line of percentages two other lines give, checked year by year', async () => {
    const file = tableFile('ratio.tsv', [
      '\t\t令和3年度\t令和4年度',
      '世帯数\tA\t1,200\t1,180',
      '単身世帯数\tB\t300\t320',
      '単身世帯の割合\tB/A\t25.0%\t27.1%',
    ]);
    const { code, out } = await run('check', file, '--explain');
    expect(code).toBe(0);
    expect(out).toContain(
      'Lines of percentages two other lines give, year by year (1):\n  KPI B/A = KPI B ÷ KPI A: 2 of 2 printed years reproduced',
    );
    expect(out).toContain(
      '3 KPIs, 0 printed rates, 0 matched, 2 printed shares reproduced by the lines they are of, 0 cells unplaced',
    );
  });

  it('lists a note printed under the table as a note, kept as printed, not as a cell unplaced', async () => {
    const file = tableFile('noted.tsv', [
      '指標\t基準値(R1)\t目標値(R6)\tR5実績\t達成率',
      '観光客数\t100\t200\t150\t75.0%',
      '※評価 ◎:100%以上 ○:80%以上 △:60%以上',
    ]);
    const { code, out } = await run('check', file);
    expect(code).toBe(0);
    expect(out).toContain(
      'Notes on the table, kept as printed (1):\n  row 3: "※評価 ◎:100%以上 ○:80%以上 △:60%以上"',
    );
    expect(out).toContain('1 KPIs, 1 printed rates, 1 matched, 0 cells unplaced, 0 problems');
    expect((await run('check', file, '--explain')).out).toContain('notes on the table (※…) (1): 3');
    const json = JSON.parse((await run('check', file, '--json')).out);
    expect(json.notes).toEqual([
      { row: 3, column: 1, text: '※評価 ◎:100%以上 ○:80%以上 △:60%以上' },
    ]);
    expect(json.unplaced).toEqual([]);
  });

  it('shows a printed grade beside the one the plan’s scale gives, and the scale: the legend’s where the table prints one', async () => {
    const lines = [
      '指標\t基準値(R1)\t目標値(R6)\tR5実績\t達成率\t評価',
      '観光客数\t100\t200\t190\t95.0%\t○',
      '移住者数\t10\t30\t18\t60.0%\t○',
    ];
    const legend = await run(
      'check',
      tableFile('legend.tsv', [...lines, '※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満']),
    );
    expect(legend.out).toMatch(/観光客数.*○ → ○ ✓/);
    expect(legend.out).toMatch(/移住者数.*○ → △ ✗/);
    expect(legend.out).toContain(
      "grades by the plan's scale: ◎ ≥100%, ○ ≥80%, △ ≥60%, × (the table's legend)",
    );
    // With no legend, the default scale: ○ is none of its grades, so nothing is compared.
    const plain = await run('check', tableFile('plain.tsv', lines));
    expect(plain.out).toMatch(/観光客数.*○ → B\n/);
    expect(plain.out).toContain("grades by the plan's scale: A ≥100%, B ≥80%, C ≥60%, D");
    // Grades a legend does not state, read off the rates beside them: A from 90%.
    const gradedFile = tableFile('graded.tsv', [
      lines[0] ?? '',
      '観光客数\t100\t200\t184\t92.0%\tA',
      '移住者数\t10\t20\t17\t85.0%\tB',
      '企業誘致件数\t0\t20\t13\t65.0%\tC',
    ]);
    const graded = await run('check', gradedFile);
    expect(graded.out).toMatch(/観光客数.*A → A ✓/);
    expect(graded.out).toContain(
      "grades by the plan's scale: A ≥90%, B ≥80%, C ≥60%, D (read off the printed grades beside the computed rates)",
    );
    expect(JSON.parse((await run('check', gradedFile, '--json')).out).gradeScale).toEqual({
      labels: ['A', 'B', 'C', 'D'],
      cuts: [90, 80, 60],
      source: 'printed grades',
    });
    const none = await run('check', fixturePath('yuzawa'));
    expect(none.out).not.toContain('grade');
  });

  it('grades by a legend of change (健康増進計画 A 目標値に達した … D 悪化), each KPI by its move from the baseline', async () => {
    const file = tableFile('kenko.tsv', [
      '指標\t策定時(H28)\t目標(R5)\t直近値(R3)\t評価',
      '成人の喫煙率\t18.5%\t12.0%\t15.2%\tB',
      '運動習慣者の割合\t30.1%\t40.0%\t41.2%\tA',
      '肥満者の割合\t32.0%\t28.0%\t33.5%\tB',
      '歯科健診受診率\t10.2%\t20.0%\t10.2%\tC',
      '※評価 A:目標値に達した B:目標値に達していないが改善傾向 C:変わらない D:悪化している',
    ]);
    const { out } = await run('check', file);
    expect(out).toMatch(/成人の喫煙率.*B → B ✓/);
    // 32.0% → 33.5% of a decrease KPI is worse: D, not the B printed.
    expect(out).toMatch(/肥満者の割合.*B → D ✗/);
    expect(out).toContain(
      "grades by how the latest figure moved from the baseline (the table's legend): A the target met, B better than the baseline, C unchanged (the same figure), D worse than the baseline",
    );
    const json = JSON.parse((await run('check', file, '--json')).out).gradeScale;
    expect(json.source).toBe('legend of change');
    expect(json.change.grades.map((g: { change: string }) => g.change)).toEqual([
      'reached',
      'improved',
      'unchanged',
      'worsened',
    ]);
  });

  it('exits 0 on a table with mismatches, and names them', async () => {
    const file = tableFile('off.csv', [
      '指標,基準値,目標値,R5実績,達成率',
      '① 参加者数,10,20,15,80%',
    ]);
    const { code, out } = await run('check', file);
    expect(code).toBe(0);
    expect(out).toContain('Not reproduced:');
    expect(out).toContain('1 KPIs, 1 printed rates, 0 matched');
  });

  it('lists the reading’s problems with file, row, column and kind: in --json and in the text', async () => {
    const file = tableFile('doubts.tsv', [
      '指標\t単位\t基準値\t目標値 (R8)\tR5実績\t達成率',
      '① 来場者数\t人\t100\t200\t150件\t75%',
      '② 職員数\t人\t\t15人削減\t290\t',
    ]);
    const json = JSON.parse((await run('check', file, '--json')).out);
    expect(json.problems).toEqual([
      {
        kind: 'unit',
        file,
        row: 2,
        column: 5,
        message: 'KPI ①: cells carry other units than 人: 件, read as 人',
      },
      {
        kind: 'baseline',
        file,
        row: 3,
        column: 4,
        message: 'KPI ②: a target relative to the baseline, but no baseline',
      },
    ]);
    const text = await run('check', file);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Problems (2):');
    expect(text.out).toContain('  row 2, column 5 [unit]: KPI ①: cells carry other units than 人');
    expect(text.out).toContain('  row 3, column 4 [baseline]: KPI ②: a target relative');
    expect(text.out).toContain('0 cells unplaced, 2 problems');
  });

  it('infers the report year from the latest year column with actuals, and says so; --fy overrides', async () => {
    const file = tableFile('years.tsv', [
      '指標\t目標値\tR3\tR4\tR5\tR6\tR7',
      '① 参加者数\t200\t120\t150\t160\t-\t',
      '② 講座数\t10\t4\t6\t\t\t',
    ]);
    const text = await run('check', file);
    expect(text.out).toContain(
      'report year R5 inferred from the latest year column with actuals (column E)',
    );
    const json = JSON.parse((await run('check', file, '--json')).out);
    expect(json).toMatchObject({ fiscalYear: 2023, fiscalYearSource: 'inferred' });
    const given = JSON.parse((await run('check', file, '--json', '--fy', 'R4')).out);
    expect(given).toMatchObject({ fiscalYear: 2022, fiscalYearSource: 'option' });
    expect((await run('check', file, '--fy', 'R4')).out).toContain(
      'report year R4 given with --fy',
    );
  });

  it('--explain shows each column’s role and why, the rows by kind, and the year’s source', async () => {
    const { code, out } = await run('check', fixturePath('yuzawa'), '--explain');
    expect(code).toBe(0);
    expect(out).toMatch(/^\s+L\s+達成率 \(進捗率\)\s+rate\s+the word "達成率"$/m);
    expect(out).toMatch(/^\s+J\s+実績値 R5\s+actual R5\s+the word "実績"$/m);
    expect(out).toContain('KPI rows (20): 5, 6, 7,');
    expect(out).toContain('30 →1, 31 →1');
    expect(out).toContain('cumulative (累計) rows (2): 15 (⑩), 25 (⑰)');
    expect(out).toContain('department rows (4): 23 (⑰), 24 (⑰), 27 (⑱), 28 (⑱)');
    expect(out).toContain('total (合計) rows under a KPI (1): 29 (⑱)');
    expect(out).toContain('Report year: R5 from the header "R5年度 取組内容等" (column M)');
    const json = JSON.parse((await run('check', fixturePath('yuzawa'), '--json', '--explain')).out);
    expect(json.explain.fiscalYear).toEqual({
      year: 2023,
      source: 'header',
      column: 13,
      because: 'the header "R5年度 取組内容等" (column M)',
    });
    expect(json.explain.columns[11]).toEqual({
      column: 12,
      label: '達成率 (進捗率)',
      role: 'rate',
      fiscalYear: null,
      because: 'the word "達成率"',
      unit: null,
    });
    expect(json.explain.rows.find((r: { row: number }) => r.row === 15)).toEqual({
      row: 15,
      kind: 'cumulative',
      kpi: '⑩',
      shift: 0,
      fields: [
        ...[null, null, null, null, 'row label'],
        ...['cumulative', 'cumulative', 'cumulative'],
        ...[null, null, null, null, null],
      ],
    });
    expect(JSON.parse((await run('check', fixturePath('yuzawa'), '--json')).out).explain).toBe(
      undefined,
    );
  });

  it('--explain says the roles were read by the printed rates, and per KPI which formula and rounding reproduced its rate', async () => {
    const { code, out } = await run(
      'check',
      fixturePath('made-up/no-actual-column-r5.tsv'),
      '--explain',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^\s+D\s+R5 数値\s+actual R5\s+read as an actual by the printed rates/m);
    expect(out).toContain(
      "Roles by the printed rates: 2 of 2 printed rates reproduced (the header words' reading: 0)",
    );
    expect(out).toContain(
      "  ① (row 2) 75%: actual ÷ target (the report year's actual), rounded half up to a whole percent",
    );
    expect(out).toContain('2 KPIs, 2 printed rates, 2 matched, 0 cells unplaced, 0 problems');
  });

  it('shows a table naming no column of actuals as read, with the lack as a problem, and exits 1 naming file and row', async () => {
    const { code, out, err } = await run('check', fixturePath(LACKING), '--explain');
    expect(code).toBe(1);
    expect(out).toMatch(/^\s+D\s+R5 数値\s+other\s+no known word$/m);
    expect(out).toContain(
      'row 1, column 1 [role]: no column of actual values (実績値) found in the header',
    );
    expect(err.trim().split('\n')).toEqual([
      `mieruka: ${fixturePath(LACKING)}, row 1: no column of actual values (実績値) found in the header; set a column’s role to actual`,
    ]);
  });

  it('--column sets a role by 1-based number or by header text, and --explain says it was set by hand', async () => {
    for (const column of ['4=actual', 'R5 数値=actual', 'r5数値=actual']) {
      const { code, out } = await run(
        'check',
        fixturePath(LACKING),
        '--column',
        column,
        '--explain',
      );
      expect(code, column).toBe(0);
      expect(out).toMatch(/^\s+D\s+R5 数値\s+actual R5\s+set by hand$/m);
      expect(out).toContain('Roles set by hand: D actual');
      expect(out).toContain('2 KPIs, 0 printed rates, 0 matched, 0 cells unplaced, 0 problems');
    }
    const json = JSON.parse(
      (
        await run(
          'check',
          fixturePath(LACKING),
          '--json',
          '--explain',
          '--column',
          '4=actual',
          '--column',
          '3=ignore',
        )
      ).out,
    );
    expect(json.explain.columns[3]).toMatchObject({ role: 'actual', because: 'set by hand' });
    expect(json.explain.columns[2]).toMatchObject({ role: 'ignore', because: 'set by hand' });
    expect(json.unplaced.map((u: { row: number; column: number }) => [u.row, u.column])).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });

  it('refuses a bad --column naming the flag and the value: a usage error (2) for its form, 1 for a column the file lacks', async () => {
    const file = fixturePath(LACKING);
    const cases: [string, number, string][] = [
      ['4=bogus', 2, '--column 4=bogus: "bogus" is not a role (one of policy, theme, kpi,'],
      ['actual', 2, '--column actual: expected COLUMN=ROLE, e.g. 4=actual'],
      ['0=actual', 2, '--column 0=actual: columns count from 1'],
      ['9=actual', 1, `--column 9=actual: ${file} has 5 columns under its header`],
      [
        'R9 数値=actual',
        1,
        '--column R9 数値=actual: no column\'s header is "R9 数値" (the headers: A "指標",',
      ],
      [
        '値=actual',
        1,
        '--column 値=actual: "値" is in more than one header (C "基準値", D "R5 数値", E "目標値 (R8)")',
      ],
    ];
    for (const [value, exit, message] of cases) {
      const { code, out, err } = await run('check', file, '--column', value);
      expect(code, value).toBe(exit);
      expect(err, value).toContain(message);
      expect(out, value).toBe('');
    }
    const twice = await run('check', file, '--column', '4=actual', '--column', 'R5 数値=target');
    expect(twice).toMatchObject({ code: 1, out: '' });
    expect(twice.err).toContain('--column R5 数値=target: column 4 is given twice');
  });

  it('exits 1 with one line naming the file when it cannot parse it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mieruka-'));
    const file = join(dir, 'broken.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const { code, err } = await run('check', file);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('broken.xlsx: not a readable XLSX workbook');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a missing file, 2 for wrong usage, 0 for --help', async () => {
    expect((await run('check', 'no-such-file.tsv')).err).toContain(
      'no-such-file.tsv: no such file',
    );
    expect((await run('check', 'no-such-file.tsv')).code).toBe(1);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', fixturePath('yuzawa'), '--fy', 'tomorrow')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    const help = await run('check', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--json');
    expect(help.out).toContain('--explain');
    expect(help.out).toContain('--column <column=role>');
  });
});

describe('mieruka check --sheet', () => {
  it('reads the worksheet named, and says which others were not read unless one was named', async () => {
    const file = await policiesWorkbookFile();
    const first = await run('check', file, '--json');
    expect(JSON.parse(first.out).kpis.map((k: { title: string }) => k.title)).toEqual([
      '観光客数（万人）',
    ]);
    expect(JSON.parse(first.out).problems[0].message).toContain('not read: 基本目標2');
    const second = await run('check', file, '--sheet', '基本目標2', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out).kpis.map((k: { title: string }) => k.title)).toEqual([
      '出生数（人）',
    ]);
    expect(JSON.parse(second.out).problems).toEqual([]);
    const missing = await run('check', file, '--sheet', '基本目標9');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(
      'no worksheet named 基本目標9 (the workbook has: 基本目標1, 基本目標2)',
    );
  });
});
