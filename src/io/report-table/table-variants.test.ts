import { describe, expect, it } from 'vitest';
import { planKpis } from '../../domain/model.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import type { ImportOptions } from './import-report-table.ts';
import { importReportTable } from './import-report-table.ts';
import { requireComplete } from './missing-role.ts';

const tsv = (lines: string[]) => readTsv('variant.tsv', lines.join('\n'));
const imported = (lines: string[]) => importReportTable(tsv(lines));
const checked = (lines: string[], options: ImportOptions = {}) =>
  checkReport(importReportTable(tsv(lines), options));

describe('other column orders and years without an era', () => {
  const table = [
    '指標名\t担当課\t目標値(30年度)\t28年度実績\t29年度実績\t30年度実績\t達成度',
    '① 観光入込客数\t観光課\t300,000人\t250,000人\t270,000人\t285,000人\t95.0%',
    '② 経常収支比率\t財政課\t90.0%以下\t91.3%\t90.8%\t89.2%\t100.9%',
    '③ 市民満足度\t企画課\t80%以上\t70%\t72%\t75%\t93.8%',
  ];
  it('maps columns by meaning and reads 28–30年度 as Heisei years', () => {
    const report = imported(table);
    expect(report.fiscalYear).toBe(2018);
    const first = report.kpis[0]?.kpi;
    expect(first?.actuals.map((a) => a.fiscalYear)).toEqual([2016, 2017, 2018]);
    expect(first?.unit).toBe('人');
    expect(first?.target).toEqual({ kind: 'value', value: '300000', fiscalYear: 2018 });
    expect(report.plan.ratePrecision.decimals).toBe(1);
  });
  it('reads floors (以上) and ceilings (以下) and reproduces their rates', () => {
    const result = checked(table);
    expect(result.kpis.map((k) => [k.code, k.direction, k.computed, k.match])).toEqual([
      ['①', 'increase', '95.0%', true],
      ['②', 'decrease', '100.9%', true],
      ['③', 'increase', '93.8%', true],
    ]);
    expect(result.unplaced).toEqual([]);
  });
});

describe('amounts written with their unit, reductions, grades and two decimals', () => {
  it('reads 5億4,900万円 as 5.49 億円 and computes a decrease on it', () => {
    const result = checked([
      '項目\t基準値(R1)\t目標値(R8)\tR5実績\t進捗率',
      '1 人件費\t5億4,900万円\t4億円\t4億5,000万円\t88.89%',
    ]);
    expect(result.kpis[0]).toMatchObject({
      direction: 'decrease',
      computed: '88.89%',
      match: true,
    });
  });
  it('measures amounts reduced against an amount to reduce where both are printed so (福知山市)', () => {
    const report = imported([
      '項目\t目標値\t2年度実績\t累計 (H28~R2年度)\t進捗率',
      '職員の適正配置\t一般職員数 15人削減\t4人削減\t31人削減\t206.7%',
      '施設\t延床面積 45,298平方メートル\t4,749平方メートル\t24,672平方メートル(※)\t54.5%',
    ]);
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['15', '45298']);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['人', 'm²']);
    expect(report.kpis[1]?.kpi.cumulativeActuals[0]?.figure.value).toBe('24672');
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });
  it('measures "15人削減" as the share of the reduction achieved', () => {
    const report = imported([
      '項目\t基準値\t目標値(R8)\tR5実績\t達成率',
      '① 職員数\t300人\t15人削減\t290人\t66.7%',
    ]);
    expect(report.kpis[0]?.kpi.target?.value).toBe('285');
    expect(checkReport(report).kpis[0]).toMatchObject({
      computed: '66.7%',
      match: true,
      direction: 'decrease',
    });
  });
  it('keeps a printed grade column (◎○△×) beside the rate', () => {
    const report = imported([
      '指標\t基準値\t目標値\tR5実績\t達成率\t評価',
      '① 延べ床面積\t299,963\t264,000\t283,179\t93.23%\t○',
    ]);
    expect(report.kpis[0]?.printedGrade).toBe('○');
    expect(checkReport(report).kpis[0]).toMatchObject({ computed: '93.23%', match: true });
  });
});

describe('tables without hierarchy columns, with a title line, with a total row', () => {
  it('reads a table of only KPIs and numbers each one', () => {
    const report = imported([
      '主な指標（令和5年度）',
      '指標\t実績値 R4\t実績値 R5\t目標値 R8\t達成率',
      '講座参加者数\t265\t439\t200\t220%',
      '登録者数\t4,128\t7,799\t4,000\t195%',
    ]);
    expect(planKpis(report.plan).map((k) => [k.code, k.title])).toEqual([
      ['1', '講座参加者数'],
      ['2', '登録者数'],
    ]);
    expect(report.plan.policies).toHaveLength(1);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });
  it('recomputes a 計 row from its summed figures, not as an average of rates', () => {
    const result = checked(
      [
        '区分\t目標件数\t達成件数\t達成率 (b)/(a)',
        '\t(a)\t(b)\t',
        '① 市民協働\t4\t3\t75.0%',
        '② 行財政\t2\t1\t50.0%',
        '計\t6\t4\t66.7%',
      ],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '75.0%', true],
      ['②', '50.0%', true],
      ['計', '66.7%', true],
    ]);
  });
  it('reads 計 and 合計 as rows of their groups, each checked against the sum of its members', () => {
    const report = importReportTable(
      tsv([
        '区分\t目標件数\t達成件数\t達成率 (b)/(a)',
        '\t(a)\t(b)\t',
        '① 市民協働\t4\t3\t75.0%',
        '② 行財政\t2\t1\t50.0%',
        '計\t6\t4\t66.7%',
        '③ 窓口\t5\t5\t100.0%',
        '計\t5\t4\t80.0%',
        '合計\t11\t9\t81.8%',
      ]),
      { fiscalYear: fiscalYear(2023) },
    );
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['①', '②', '計', '③', '計2', '合計']);
    expect(report.reading.rows.slice(2).map((r) => [r.row, r.kind, r.kpi])).toEqual([
      [3, 'kpi', '①'],
      [4, 'kpi', '②'],
      [5, 'subtotal', '計'],
      [6, 'kpi', '③'],
      [7, 'subtotal', '計2'],
      [8, 'grand-total', '合計'],
    ]);
    expect(report.problems).toEqual([
      {
        kind: 'total',
        file: 'variant.tsv',
        row: 7,
        column: 3,
        message: '計2: the R5 actual printed is 4, but its rows ③ sum to 5',
      },
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
  });
  it('does not take a 差 column for the rate: it checks it against the actual and the target', () => {
    const table = ['指標\t目標値\t実績値 R5\t差\t達成率', '① 研修受講者数\t370\t504\t134\t136%'];
    const result = checked(table);
    expect(result.kpis[0]).toMatchObject({ computed: '136%', match: true });
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
    const wrong = imported([table[0] ?? '', '① 研修受講者数\t370\t504\t143\t136%']);
    expect(wrong.problems).toEqual([
      expect.objectContaining({ kind: 'difference', row: 2, column: 4 }),
    ]);
  });
  it('keeps a maintain target (現状維持) from dividing by zero', () => {
    const result = checked([
      '指標\t基準値\t目標値\tR5実績\t達成率',
      '① 待機児童数\t0\t現状維持\t0\t100%',
    ]);
    expect(result.kpis[0]).toMatchObject({ direction: 'maintain', computed: '100%', match: true });
    expect(result.unplaced).toEqual([]);
  });
});

describe('units stated on a title or header line', () => {
  it('gives the table’s KPIs the unit of a title line (単位：百万円)', () => {
    const report = imported([
      '財政指標の推移（単位：百万円）',
      '指標\t基準値\tR4実績\tR5実績\t目標値\t達成率',
      '① 地方債残高\t32,000\t30,000\t29,000\t28,000\t96.6%',
    ]);
    expect(report.kpis[0]?.kpi.unit).toBe('百万円');
    expect(checkReport(report).kpis[0]).toMatchObject({ direction: 'decrease', match: true });
    expect(report.problems).toEqual([]);
  });
  it('takes a column header’s unit for its figures, and a 単位 column over a header note', () => {
    const report = imported([
      '指標\t決算額 R5（単位：千円）\t目標値（単位：千円）\t（単位：千円）',
      '① 委託料\t4,500\t5,000\t',
    ]);
    expect(report.kpis[0]?.kpi.unit).toBe('千円');
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'actual', 'target', 'other']);
    expect(report.reading.unit).toBe('千円');
  });
  it('makes a cell in another unit than the stated one a problem, one of another scale converted', () => {
    const report = imported(['（単位：千円）', '指標\tR5実績\t目標値', '① 委託料\t5億円\t600,000']);
    expect(report.problems).toEqual([]);
    // 5億円 is 500,000 千円: measured against 600,000 千円, not read as 5 千円.
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['500000']);
    const other = imported(['（単位：千円）', '指標\tR5実績\t目標値', '① 委託料\t5件\t600,000']);
    expect(other.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['unit', 3, 2]]);
  });
});

describe('yearly milestones and a cumulative column', () => {
  it('takes the final year’s target as the target and the others as milestones', () => {
    const report = imported([
      '指標\t目標値 R5\t目標値 R8\tR4実績\tR5実績\t達成率',
      '① 参加者数\t150\t200\t120\t160\t80%',
    ]);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.target).toEqual({ kind: 'value', value: '200', fiscalYear: 2026 });
    expect(kpi?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([[2023, '150']]);
    expect(report.unplaced).toEqual([]);
  });
  it('bases the rate on a cumulative column when that reproduces the print', () => {
    const result = checked([
      '指標\t基準値\tR4実績\tR5実績\t累計 R5\t目標値 R8\t達成率',
      '① 改修施設数\t-\t2\t3\t5\t10\t50%',
    ]);
    expect(result.kpis[0]).toMatchObject({ basis: 'cumulative', computed: '50%', match: true });
  });
});

describe('a rate that nothing reproduces', () => {
  it('says what each candidate gave', () => {
    const result = checked(['指標\t基準値\t目標値\tR5実績\t達成率', '① 参加者数\t10\t20\t15\t80%']);
    expect(result.kpis[0]?.match).toBe(false);
    expect(result.kpis[0]?.reason).toMatch(
      /no basis or formula rounded half up reproduces the printed 80%.*ratio\/latest: 75%/,
    );
  });
});

describe('the report year', () => {
  it('is the latest year column with actuals when no header names it: R6–R8 printed empty give R5', () => {
    const report = imported([
      '指標\t目標値 (R8)\tR4実績\tR5実績\tR6実績\tR7実績\tR8実績\t達成率',
      '① 参加者数\t200\t120\t160\t-\t-\t\t80%',
    ]);
    expect(report.fiscalYear).toBe(2023);
    expect(report.reading.fiscalYear).toEqual({
      year: 2023,
      source: 'inferred',
      column: 4,
      because: 'the latest year column with actuals (column D)',
    });
    expect(checkReport(report).kpis[0]).toMatchObject({ computed: '80%', match: true });
  });
  it('is a title line’s year when no column names one', () => {
    const report = imported([
      '令和5年度 主な指標の実績',
      '指標\t実績値\t目標値',
      '① 参加者数\t160\t200',
    ]);
    expect(report.reading.fiscalYear).toMatchObject({ year: 2023, source: 'title' });
  });
  it('is refused only when no year is written anywhere, asking for --fy', () => {
    const report = imported(['指標\t実績値\t目標値', '① 参加者数\t160\t200']);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'role',
        row: 1,
        message: expect.stringMatching(/^no fiscal year .*; give one \(--fy R5\)$/),
      }),
    ]);
    expect(() => requireComplete(report)).toThrow(
      /variant\.tsv, row 1: no fiscal year .*; give one \(--fy R5\)/,
    );
    expect(
      checked(['指標\t実績値\t目標値', '① 参加者数\t160\t200'], { fiscalYear: fiscalYear(2023) }),
    ).toMatchObject({ fiscalYear: 2023, fiscalYearSource: 'option' });
  });
});

describe('KPI numbers', () => {
  it('reads numbers past ⑳ (21, 1020) and numbers unnumbered KPIs around them', () => {
    const report = imported([
      '指標\tR5実績\t目標値',
      '21 研修回数\t3\t4',
      '1020 相談件数\t5\t6',
      '講座数\t1\t2',
    ]);
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['21', '1020', '1']);
  });
  it('does not read a second row giving the same KPI: a problem naming both rows, its cells unplaced', () => {
    const report = imported(['指標\tR5実績\t目標値', '① 研修回数\t3\t4', '① 相談件数\t5\t6']);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['研修回数']);
    expect(report.problems).toEqual([
      {
        kind: 'duplicate-code',
        file: 'variant.tsv',
        row: 3,
        column: 1,
        message: 'KPI ① appears twice (first on row 2)',
      },
    ]);
    expect(report.unplaced.map((u) => [u.row, u.column, u.text])).toEqual([
      [3, 1, '① 相談件数'],
      [3, 2, '5'],
      [3, 3, '6'],
    ]);
    expect(report.reading.rows.map((r) => [r.row, r.kind])).toEqual([
      [1, 'header'],
      [2, 'kpi'],
      [3, 'duplicate'],
    ]);
  });
});

describe('a target over the period written 累計 in its cell', () => {
  it('reproduces the printed rate as the sum of the years against it', () => {
    const result = checked([
      '数値目標\t基準値\t目標値\tH28\tH29\tH30\tR1(見込)\t進捗状況',
      '移住者数\t50人(H26)\t累計500人(R1)\t80人\t95人\t110人\t120人\t81.0%',
      '合計特殊出生率\t1.45(H26)\t1.60(R1)\t1.44\t1.47\t1.43\t1.50\t33.3%',
    ]);
    expect(result.kpis.map((k) => [k.title, k.basis, k.computed, k.match])).toEqual([
      ['移住者数', 'period-sum', '81.0%', true],
      ['合計特殊出生率', 'latest', '33.3%', true],
    ]);
    expect(result.unplaced).toEqual([]);
  });
});

describe('a plan, an actual and a rate under each year (介護保険事業計画, 年度別 計画 / 実績 / 達成率)', () => {
  it('reads each year’s plan as its milestone and checks every year’s rate against it', () => {
    const result = checked([
      '指標\tR3年度\t\t\tR4年度\t\t',
      '\t計画\t実績\t達成率\t計画\t実績\t達成率',
      '健診受診者数\t1,000\t950\t95.0%\t1,100\t1,210\t110.0%',
      '教室参加者数\t200\t150\t75.0%\t220\t176\t80.0%',
    ]);
    expect(result.kpis.map((k) => [k.title, k.computed, k.match])).toEqual([
      ['健診受診者数', '110.0%', true],
      ['教室参加者数', '80.0%', true],
    ]);
    expect(result.problems).toEqual([]);
    const misprinted = checked([
      '指標\tR3年度\t\t\tR4年度\t\t',
      '\t計画\t実績\t達成率\t計画\t実績\t達成率',
      '健診受診者数\t1,000\t950\t97.0%\t1,100\t1,210\t110.0%',
    ]);
    expect(misprinted.problems.map((p) => p.message)).toEqual([
      "KPI 1: the R3 rate printed is 97.0%, but the year's actual against its plan gives 95.0%",
    ]);
  });

  it('reads 第8期計画値 / 実績値 / 計画比 spanning their years', () => {
    const result = checked([
      '区分\t第8期計画値\t\t\t実績値\t\t\t計画比\t\t',
      '\tR3\tR4\tR5\tR3\tR4\tR5\tR3\tR4\tR5',
      '訪問介護\t100\t110\t120\t95\t104\t130\t95.0%\t94.5%\t108.3%',
      '通所介護\t200\t210\t220\t180\t200\t210\t90.0%\t95.2%\t95.5%',
    ]);
    expect(result.kpis.map((k) => [k.title, k.computed, k.match])).toEqual([
      ['訪問介護', '108.3%', true],
      ['通所介護', '95.5%', true],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a printed difference of no figure', () => {
  it('keeps a dash under 差引 where plan and result are dashes too, as printed', () => {
    const report = imported([
      '指標\tH25プラン\tH25決算\t差引',
      '① 経常収支比率\t100%\t105.00%\t5.00%',
      '② 不良債務比率\t-\t-\t-',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis[1]?.kpi.extras).toContainEqual({ label: '差引', text: '-' });
  });
});

describe('a target that says only the way to go', () => {
  it('keeps 「増加」 / 「減少」 as printed and takes the KPI’s direction from it', () => {
    const report = imported([
      '指標\t基準値\t目標値\tR5実績',
      '① 相談件数\t100件\t増加\t120件',
      '② 自殺者数\t12人\t減少\t9人',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => [k.kpi.direction, k.kpi.target])).toEqual([
      ['increase', null],
      ['decrease', null],
    ]);
    expect(report.kpis[1]?.kpi.extras).toContainEqual({ label: '目標値', text: '減少' });
  });
});

describe('a grade printed with its scale’s words in brackets', () => {
  it('reads 「B（80%以上100%未満）」 as the grade B, the cell kept as printed', () => {
    const result = checked(
      [
        '指標\t目標値\t実績値\t進捗率\t評価',
        '① 受診率\t60\t55\t91.7%\tB（80%以上100%未満）',
        '② 参加者\t200\t210\t105.0%\tA（100%以上）',
        '③ 相談件数\t100\t70\t70.0%\tC（80%未満）',
      ],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['B', 'B'],
      ['A', 'A'],
      ['C', 'C'],
    ]);
    expect(result.unplaced).toEqual([]);
  });
});

describe('a target printed as a multiple (「1.5倍」)', () => {
  it('is that multiple of the baseline where the KPI’s figures are in another unit, and a level in 倍 where they are in 倍', () => {
    const result = checked(
      [
        '指標\t基準値\t目標値\t実績値\t達成率',
        '観光消費額\t120億円\t1.5倍\t150億円\t83.3%',
        '有効求人倍率\t1.20倍\t1.50倍\t1.35倍\t90.0%',
      ],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.kpis.map((k) => [k.title, k.computed, k.match])).toEqual([
      ['観光消費額', '83.3%', true],
      ['有効求人倍率', '90.0%', true],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a grade printed with what it means after a colon', () => {
  it('reads 「ａ：概ね達成」 as the grade A, the cell kept as printed', () => {
    const result = checked([
      '指標名\t基準値\t目標値(R4)\t実績値(R4)\t達成状況',
      '県内就業者数(千人)\t4,500\t4,600\t4,580\tａ：概ね達成',
      '移住者数(人)\t300\t500\t320\tｃ：未達成',
    ]);
    expect(result.kpis.map((k) => k.printedGrade)).toEqual(['A', 'C']);
    expect(result.unplaced).toEqual([]);
  });
});

describe('grade cells that print their bands', () => {
  it('give the plan’s scale as a legend would: 「A（90%以上）」, 「B（70%以上90%未満）」, 「C（70%未満）」', () => {
    const result = checked(
      [
        '指標\t目標値\t実績値\t進捗率\t評価',
        '① 受診率\t60\t55\t91.7%\tA（90%以上）',
        '② 参加者\t200\t150\t75.0%\tB（70%以上90%未満）',
        '③ 相談件数\t100\t65\t65.0%\tC（70%未満）',
      ],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.gradeScale).toEqual({
      labels: ['A', 'B', 'C'],
      cuts: [90, 70],
      source: 'legend',
    });
    expect(result.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
      ['C', 'C'],
    ]);
  });

  it('say nothing of the scale where only one grade prints its band', () => {
    const result = checked(
      [
        '指標\t目標値\t実績値\t進捗率\t評価',
        '① 受診率\t60\t55\t91.7%\tB（80%以上100%未満）',
        '② 参加者\t200\t150\t75.0%\tC',
      ],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.gradeScale.source).toBe('default');
  });
});

describe('sub-lines in brackets under a KPI (公立病院改革プラン 「(単価)」)', () => {
  it('reads each as a KPI named with the KPI it details, its bracketed figures as figures', () => {
    const report = imported([
      '指標\tR5計画\tR5決算\t差引',
      '① 1日入院患者数\t42人\t47人\t5人',
      '[病床利用率]\t[85.7%]\t[96.0%]\t[10.3%]',
      '(単価)\t(20,000円)\t(19,136円)\t(△864円)',
      '② 平均在院日数\t37.4日\t36.2日\t△1.2日',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '1日入院患者数',
      '1日入院患者数 [病床利用率]',
      '1日入院患者数 (単価)',
      '平均在院日数',
    ]);
    expect(report.kpis[2]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['19136']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('grades printed full-width (「Ａ」, 「Ｂ」)', () => {
  it('are the grades A and B, compared with the computed ones', () => {
    const result = checked(
      ['指標\t目標値\t実績値\t達成度', '① 移住相談件数\t200\t180\tＢ', '② 成約件数\t15\t16\tＡ'],
      { fiscalYear: fiscalYear(2023) },
    );
    expect(result.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['B', 'B'],
      ['A', 'A'],
    ]);
  });
});

describe('a target below its baseline that a pass-or-fail grade says is a floor (矢掛町 定住人口)', () => {
  it('is an increase: 14,922人 against 15,471人 graded × is missed, 96%', () => {
    const report = imported([
      '指標名\t基準値\t目標値\t実績値\t事後評価',
      '汚水処理人口普及率の向上\t78.4%\t89.0%\t93.9%\t○',
      '定住人口の増加\t15,581人\t15,471人\t14,922人\t×',
    ]);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['increase', 'increase']);
  });
  it('stays a decrease where the grade agrees with one (○ below the target)', () => {
    const report = imported([
      '指標名\t基準値\t目標値\t実績値\t事後評価',
      '職員数\t480人\t460人\t444人\t○',
      '普及率\t78.4%\t89.0%\t93.9%\t○',
    ]);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['decrease', 'increase']);
  });
});
