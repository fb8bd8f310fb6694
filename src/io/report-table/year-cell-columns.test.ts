import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

// A 健康増進計画's indicators, each with its own base year and target year in columns of their own.
const TABLE = [
  '施策\t指標名\t基準年度\t基準値\t目標年度\t目標値\tR5実績値\t達成率(%)',
  '健康づくり\t特定保健指導実施率\tR1\t22.5%\tR6\t45.0%\t31.2%\t69.3',
  '\t喫煙率\tH30\t16.8%\tR6\t12.0%\t14.9%\t39.6',
  '子育て\t合計特殊出生率\tR1\t1.45\tR7\t1.60\t1.39\t86.9',
];
const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('columns printing the year of each row’s baseline and target', () => {
  it('give each KPI its baseline’s and target’s own year, the year cells kept as printed', () => {
    const report = read(TABLE);
    expect(report.kpis.map((k) => [k.kpi.baseline?.fiscalYear, k.kpi.target?.fiscalYear])).toEqual([
      [2019, 2024],
      [2018, 2024],
      [2019, 2025],
    ]);
    expect(report.kpis[1]?.kpi.baseline?.value).toEqual(decimal('16.8'));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '基準年度', text: 'R1' });
  });
  it('leaves a column of the role’s figures as figures though its header names a year', () => {
    // 「目標年度の値」 over figures is a target, not the target's year.
    const figures = TABLE.map((line) =>
      line.replace('目標年度', '目標年度の値').replace(/\tR[67]\t/, '\t40.0%\t'),
    );
    expect(figures[1]).toContain('\t40.0%\t45.0%\t');
    const report = read(figures);
    expect(report.reading.columns.find((c) => c.label === '目標年度の値')?.role).not.toBe('other');
  });
  it('reads a column headed as a when (時点, 年月) right of the actuals as their dates (最新値 | 時点 R5.10)', () => {
    const report = read([
      '指標\t基準値\t目標値\t最新値\t時点\t達成率',
      '観光客数（万人）\t100\t150\t140\tR5.10\t93.3%',
      '移住者数（人）\t50\t100\t40\tR6.3\t40.0%',
    ]);
    // October 2023 and March 2024 both fall in FY R5: the report's year.
    expect(report.fiscalYear).toBe(2023);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.fiscalYear))).toEqual([
      [2023],
      [2023],
    ]);
    expect(report.unplaced).toEqual([]);
    // A column of the same dates headed by no such word stays as it was: its cells unplaced.
    const other = read([
      '指標\t基準値\t目標値\t最新値\t備考\t達成率',
      '観光客数（万人）\t100\t150\t140\tR5.10\t93.3%',
    ]);
    expect(other.reading.columns[4]?.because).not.toContain('dates');
  });
});

// 野木町 地域再生計画 事後評価調書: each figure's year after it, under 年度 or a word naming another role.
const SHEET = [
  '指標\t基準値\t基準年度\t中間目標値\t年度\t中間実績\t最終目標値\t基準年度\t最終実績',
  '汚水処理人口普及率\t54.2%\tH18\t62.2%\tH20\t61.6%\t70.2%\tH22\t69.1%',
  '自然観察会の参加\t0人\tH18\t50人\tH20\t0人\t200人\tH22\t100人',
];

describe('a column of years right of a figure column, under a word naming no role or another', () => {
  it('prints the years of the figures left of it, the actual after them of the same year', () => {
    const report = importReportTable(readTsv('t-h22.tsv', SHEET.join('\n')));
    const roles = report.reading.columns.map((c) => c.role);
    expect(roles).toEqual([
      'kpi',
      'baseline',
      'other',
      'target',
      'other',
      'actual',
      'target',
      'other',
      'actual',
    ]);
    expect(report.kpis.map((k) => [k.kpi.target?.fiscalYear, k.kpi.target?.value])).toEqual([
      [2010, decimal('70.2')],
      [2010, decimal('200')],
    ]);
    // 中間実績 of H20 and 最終実績 of H22, not two results of the report year summed.
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2008, 2010]);
  });
  it('leaves a 年度 column with no figure column left of it as it was (years as rows)', () => {
    const report = importReportTable(
      readTsv('t.tsv', ['年度\t目標\t実績', 'H25\t10\t9', 'H26\t12\t13'].join('\n')),
    );
    expect(report.reading.columns[0]?.because).not.toContain('its cells are years');
  });
});

describe('a year column of bare numbers (矢掛町 事後評価調書 「基準年度」 over 「21」)', () => {
  it('reads them as years of the table’s era where the header names no year of its own', () => {
    const report = importReportTable(
      readTsv(
        't-h26.tsv',
        [
          '指標名\t基準値\t基準年度\t最終目標値\t年度\t最終実績',
          '普及率\t78.4%\t21\t89.0%\t26\t93.9%',
        ].join('\n'),
      ),
    );
    expect(report.kpis[0]?.kpi.baseline?.fiscalYear).toBe(2009);
    expect(report.kpis[0]?.kpi.target?.fiscalYear).toBe(2014);
  });
  it('keeps 「1」 under 「目標値 (21年度)」 the target, not a year', () => {
    const report = importReportTable(
      readTsv(
        't-h22.tsv',
        ['事項\t計画時 (16年度)\t目標値 (21年度)\t実績値', '換地等調整\t-\t1\t2'].join('\n'),
      ),
    );
    expect(report.kpis[0]?.kpi.target?.value).toEqual('1');
  });
});

// A 生物多様性地域戦略's indicators: each figure after its year in a cell of its own, the header's
// words each spanning the pairs of its cells (基準年 over one, 現況 over two, 目標 over one).
const PAIRS = [
  '指標項目\t基準年\t\t現況\t\t\t\t目標\t\t達成度',
  '里山林モデル地区数(箇所)\tH21\t0\tH26\t6\tH27\t6\tH27\t5\t◎',
  '外来種駆除活動数(箇所)\tH21\t5\tH26\t9\tH27\t10\tH27\t12\t○',
  '人工産卵場の設置箇所数(箇所)\tH21\t80\tH26\t66\tH27\t86\tH27\t160\t▲',
];

describe('a figure printed after its year, under a word spanning the pairs', () => {
  it('reads each year as its figure’s, the figure taking the spanning word’s role', () => {
    const report = read(PAIRS);
    const first = report.kpis[0]?.kpi;
    expect([first?.baseline?.fiscalYear, first?.baseline?.value]).toEqual([2009, decimal('0')]);
    expect(first?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '6'],
      [2015, '6'],
    ]);
    expect([first?.target?.fiscalYear, first?.target?.value]).toEqual([2015, decimal('5')]);
    expect(report.fiscalYear).toBe(2015);
    // Every year cell kept as printed, the ▲ a grade, nothing unplaced.
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['◎', '○', '▲']);
  });
  it('leaves pairs under a word of no figure’s role as they were', () => {
    const report = read(PAIRS.map((line, i) => (i === 0 ? line.replace('現況', '備考') : line)));
    expect(report.reading.columns[4]?.role).toBe('other');
    expect(report.unplaced.some((u) => u.column === 5)).toBe(true);
  });
  it('pairs nothing where the cells under the word are not years', () => {
    const report = read(PAIRS.map((line) => line.replace(/\tH2[16]\t/g, '\t-\t')));
    expect(report.reading.columns[1]?.role).not.toBe('other');
  });
});

// 特定事業主行動計画 実施状況 (女性活躍推進法「見える化」 一覧): each figure followed by its period,
// headed 「(時期)」 and printed in brackets.
const PERIODS = [
  '目標項目\t数値目標\t(時期)\t最新値\t(時期)\t目標設定時最新値\t(時期)',
  '男性職員の育児休業取得率\t13%以上\t(2020年度)\t5%\t(2017年度)\t1%\t(2014年度)',
  '年次有給休暇の平均使用日数\t13日\t(2020年度)\t11日\t(2017年度)\t10.6日\t(2014年度)',
  '管理的地位にある女性職員の割合\t15%以上\t(2020年度)\t?\t?\t7%\t(2015年度)',
];

describe('a column headed 「(時期)」, its years in brackets, after each figure', () => {
  it('reads each bracketed year as the year of the figures left of it, a lost cell saying neither', () => {
    const report = read(PERIODS);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'other',
      'actual',
      'other',
      'baseline',
      'other',
    ]);
    expect(
      report.kpis.map((k) => [
        k.kpi.baseline?.fiscalYear,
        k.kpi.actuals.map((a) => a.fiscalYear),
        k.kpi.target?.fiscalYear,
      ]),
    ).toEqual([
      [2014, [2017], 2020],
      [2014, [2017], 2020],
      [2015, [], 2020],
    ]);
    expect(report.fiscalYear).toBe(2017);
  });
});

describe('a target due every year, 「(毎年度)」, in a column of the targets’ years', () => {
  it('gives that target no year and keeps the column the targets’ years', () => {
    const report = read([
      PERIODS[0] ?? '',
      '時間外勤務時間数\t前年度より削減\t(毎年度)\t151.0時間\t(2017年度)\t129.2時間\t(2014年度)',
      '男性職員の育児休業取得率\t13%以上\t(2024年度)\t7.7%\t(2017年度)\t2.9%\t(2014年度)',
    ]);
    expect(report.reading.columns[2]?.role).toBe('other');
    expect(report.kpis.map((k) => [k.kpi.direction, k.kpi.target?.fiscalYear])).toEqual([
      ['decrease', undefined],
      ['increase', 2024],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

describe('a figure not known yet where the result would be (鳥取県 図書館 工程表)', () => {
  const read = (result: string) =>
    importReportTable(
      readTsv(
        't.tsv',
        ['指標\t基準値\t目標値\t今年度実績値', `個人貸出冊数(冊)\t4.9\t6\t${result}`].join('\n'),
      ),
      { fiscalYear: fiscalYear(2015) },
    );
  it('is the year’s result with no value, as printed, as 「未集計」 is', () => {
    const report = read('数値未確定');
    expect(report.unplaced).toEqual([]);
    expect(report.kpis[0]?.kpi.actuals).toEqual([
      {
        fiscalYear: 2015,
        figure: { value: null, secondary: null, mark: '数値未確定', estimate: false },
      },
    ]);
  });
  it('is no year of a column of years: 「H28.8確定見込」, the month it is to be settled in', () => {
    const report = read('H28.8確定見込');
    expect(report.reading.columns[3]?.role).toBe('actual');
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.figure.mark)).toEqual(['H28.8確定見込']);
  });
});
