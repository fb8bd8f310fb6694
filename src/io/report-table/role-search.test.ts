import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import type { ImportOptions } from './import-report-table.ts';

const read = (lines: readonly string[], options: ImportOptions = {}) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), options);
const roles = (report: ReturnType<typeof read>) => report.reading.columns.map((c) => c.role);

describe('the role search: columns read by the printed rates they reproduce', () => {
  it('reckons each row against the year’s own target where a later year’s plan follows it', () => {
    // 事務事業評価: 進捗率 (対目標値) is the H27 actual over the H27 target; 28年度 is next year's plan.
    const report = read([
      '指標\t27年度 目標値\t27年度 (実績)\t進捗率 (対目標値)\t28年度 (目標)',
      'パンフレット配付数\t35,000\t25,000\t71.4%\t',
      '講座参加者数\t2,500\t3,097\t123.9%\t3,000',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'rate', 'target']);
    // 3,097 ÷ 2,500 = 123.9%: the H27 target a milestone, H28's plan the target, the rate the
    // year's actual against the year's own plan (3,097 ÷ 3,000 = 103.2% is not what is printed).
    expect(report.reading.roles).toMatchObject({ printed: 2, explained: 2, byHeader: 2 });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    const second = report.kpis[1]?.kpi;
    expect(second?.basis).toBe('milestone');
    expect(second?.target).toMatchObject({ value: '3000', fiscalYear: fiscalYear(2016) });
    expect(second?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [fiscalYear(2015), '2500'],
    ]);
    // A row printing no later plan keeps its year's target as the KPI's.
    expect(report.kpis[0]?.kpi).toMatchObject({ basis: 'latest', target: { value: '35000' } });
  });

  it('finds the actuals headed by period, 「N年後(平成X年)」, and 「計画時」 as the baseline of a progress rate', () => {
    const report = read([
      '成果指標\t計画時\t1年後(平成28年)\t2年後(平成29年)\t目標値\t達成率',
      '① 就労移行者数\t10\t12\t16\t20\t60.0%',
      '② 相談支援の利用者数\t40\t50\t55\t60\t75.0%',
      '③ 地域生活移行者数\t5\t6\t8\t9\t75.0%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'baseline', 'actual', 'actual', 'target', 'rate']);
    expect(report.fiscalYear).toBe(2017);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.kpis.map((k) => k.kpi.formula)).toEqual(['progress', 'progress', 'progress']);
    expect(report.reading.roles).toMatchObject({
      source: 'printed rates',
      printed: 3,
      explained: 3,
      tie: null,
    });
    // 計画時 is the baseline by its word, the periods' actuals by the years in their brackets
    // (years-after-plan.ts), a reading the rates confirm.
    expect(report.reading.columns[1]?.because).toBe('the word "計画時"');
    expect(report.reading.columns[3]?.because).toBe('a year after the plan');
  });

  it('finds the base of rates that are changes against it, with no target: 増減率 (三重県 定員管理調査)', () => {
    const report = read([
      '区分\tH22.4.1 総職員数 (人)\tH23.4.1 総職員数 (人)\t増減率 (%)',
      '市\t16,363\t16,101\t▲1.6',
      '町\t2,550\t2,542\t▲0.3',
    ]);
    expect(roles(report)).toEqual(['kpi', 'baseline', 'actual', 'rate']);
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '16363', fiscalYear: 2010 });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.kpis.map((k) => k.kpi.formula)).toEqual(['change', 'change']);
    expect(report.reading.roles).toMatchObject({ source: 'printed rates', explained: 2 });
  });

  it('reads a cut printed as a positive share of the base as a reduction: (163 − 128) ÷ 163 = 21.5%', () => {
    const report = read([
      '指標\t平成11年度\t平成16年度\t削減率',
      '一般行政部門\t163\t128\t21.5%',
      '特別行政部門\t33\t31\t6.1%',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.kpis.map((k) => k.kpi.formula)).toEqual(['reduction', 'reduction']);
  });

  it('finds an actual headed by what it counts (「…者数」), the header words having none', () => {
    const report = read([
      '指標\t目標値 (R5)\t利用者数 (R5)\t達成率',
      '① 図書館\t200\t150\t75%',
      '② 公民館\t50\t45\t90%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('does not take a text column headed 目標 for the target: 「成果目標」 holding the KPI titles names the KPIs', () => {
    const report = read([
      '成果目標\t数値目標 (R5)\t実績 (R5)\t達成率',
      '施設入所者の地域生活への移行\t12\t9\t75%',
      '福祉施設から一般就労への移行\t10\t8\t80%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.reading.columns[0]?.because).toContain('but its cells are text');
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '施設入所者の地域生活への移行',
      '福祉施設から一般就労への移行',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('makes a goal description headed 目標 narrative, beside the KPI column', () => {
    const report = read([
      '指標\t目標\t目標値 (R5)\t実績 (R5)\t達成率',
      '① 就労者数\t就労の場を広げる\t10\t8\t80%',
      '② 相談件数\t身近な相談の場をつくる\t20\t15\t75%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'narrative', 'target', 'actual', 'rate']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('keeps the header words when they reproduce every rate, and says so', () => {
    const report = read(['指標\t実績 (R5)\t目標値 (R8)\t達成率', '① 件数\t5\t10\t50%']);
    expect(report.reading.roles).toEqual({
      source: 'printed rates',
      printed: 1,
      explained: 1,
      byHeader: 1,
      because: "the header words' reading reproduces all 1 printed rates",
      tie: null,
      rounding: 'half-up',
    });
  });

  it('falls back to the header words without printed rates, and says so', () => {
    const report = read(['指標\t実績 (R5)\t目標値 (R8)', '① 件数\t5\t10']);
    expect(report.reading.roles).toMatchObject({
      source: 'header words',
      because: 'no column of printed rates: roles from the header words',
    });
  });

  it('asks when two readings explain as many rates and the header words do not choose', () => {
    const report = read([
      '指標\tA (R5)\tB (R5)\t目標値\t達成率',
      '① 件数\t5\t5\t10\t50%',
      '② 人数\t3\t3\t4\t75%',
    ]);
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['reading', 1, 1]]);
    expect(report.problems[0]?.message).toMatch(/two readings of the columns explain as many/);
    expect(report.problems[0]?.message).toContain('--column');
    expect(report.reading.roles?.tie).toMatch(/reproduces as many \(2\)/);
  });

  it('of two readings swapping the target and the actual, shows the one of increases, actual ÷ target, and asks', () => {
    // No header word over either column: the other way round makes every KPI a decrease.
    const report = read([
      '指標\t値その一 (R5)\t値その二 (R5)\t達成率',
      '① 件数\t10\t5\t50%',
      '② 人数\t4\t3\t75%',
      '③ 回数\t8\t10\t125%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['increase', 'increase', 'increase']);
    expect(report.reading.roles?.because).toMatch(/the one reading more KPIs as increases/);
    // The words cannot tell the two apart: a person decides (issue 24), the tie said.
    expect(report.problems.map((p) => [p.kind, p.message])).toEqual([
      [
        'reading',
        expect.stringMatching(
          /^two readings of the columns explain as many printed rates: .*Set the roles by hand/,
        ),
      ],
    ]);
  });

  it('reads a table that cuts its rates off (切り捨て) and keeps every rate at its own precision', () => {
    const report = read([
      '指標\t実績 (R5)\t目標値\t達成率',
      '① 件数\t2787\t10000\t27.8%',
      '② 人数\t1999\t1000\t199.9%',
      '③ 回数\t1006\t1000\t100.6%',
    ]);
    expect(report.reading.roles?.rounding).toBe('truncate');
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.computed, k.match])).toEqual([
      ['27.8%', true],
      ['199.9%', true],
      ['100.6%', true],
    ]);
  });

  it('leaves the roles set by hand alone', () => {
    const report = read(['指標\tA (R5)\t目標値\t達成率', '① 件数\t5\t10\t50%'], {
      columnRoles: [{ column: 2, role: 'narrative' }],
    });
    expect(roles(report)[1]).toBe('narrative');
    expect(report.reading.roles?.source).toBe('set by hand');
  });
});

describe('a target column of 現状維持 cells', () => {
  it('stays the target: keeping a level is a figure’s place, not a text column', () => {
    const report = read([
      '指標\t実績 (R5)\t目標値 (R8)\t達成率',
      '① 件数\t5\t現状維持\t',
      '② 人数\t3\t現状維持\t',
      '③ 回数\t4\t8\t50%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'actual', 'target', 'rate']);
  });
});

describe('two rates of a KPI in one row (実施率 beside 達成率)', () => {
  it('reads the rate column the figures explain as the KPI’s rate, the other kept as printed', () => {
    const report = read([
      '指標\t目標値(R5)\tR5実績\t達成率\t実施率',
      // 達成率 is actual ÷ target; 実施率 is the share of the planned activities carried out.
      '① 健康教室の参加者数\t200\t150\t75.0%\t100%',
      '② 出前講座の受講者数\t50\t40\t80.0%\t100%',
      '③ 相談会の相談件数\t120\t90\t75.0%\t50%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'rate', 'other']);
    expect(report.reading.columns[4]?.because).toMatch(/^a second rate column, kept as printed/);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.kpis[2]?.kpi.extras).toEqual([{ label: '実施率', text: '50%' }]);
    expect(report.unplaced).toEqual([]);
  });
  it('keeps the later rate column when the figures explain both as well', () => {
    const report = read([
      '指標\t目標値\t実績\t実施率\t達成率',
      '① 参加者数\t200\t150\t75%\t75%',
      '② 受講者数\t50\t40\t80%\t80%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'target', 'actual', 'other', 'rate']);
  });
  it('keeps the rate against the target (達成率) when the figures explain both, wherever it stands', () => {
    const report = read([
      '指標名\t計画策定時\t目標値\t令和4年度実績\t目標に対する達成率\t基準値からの進捗率',
      // 40 of 50 is 80.0%; 30 → 40 of 30 → 50 is half the way, 50.0%: both explained.
      '市民活動参加率\t30.0%\t50.0%\t40.0%\t80.0%\t50.0%',
      '健康寿命（男性）\t78.5歳\t80.0歳\t79.1歳\t98.9%\t40.0%',
    ]);
    expect(roles(report)).toEqual(['kpi', 'baseline', 'target', 'actual', 'rate', 'other']);
    expect(report.kpis.map((k) => k.kpi.formula)).toEqual(['ratio', 'ratio']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });
});

describe('rates each after the figures they are reckoned on (a KPI’s measures side by side)', () => {
  const table = [
    '令和5年度 事業の実施状況',
    '事業名\t計画回数\t実施回数\t実施率\t目標参加者数\t参加者数\t達成率',
    '健康教室\t12\t10\t83.3%\t300\t270\t90.0%',
    '料理講座\t6\t6\t100.0%\t120\t132\t110.0%',
    'ウォーキング教室\t10\t8\t80.0%\t200\t150\t75.0%',
  ];

  it('reads a KPI per rate and its figures, every rate checked, none kept as printed', () => {
    const report = read(table);
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['1', '健康教室（実施回数）'],
      ['1-2', '健康教室（参加者数）'],
      ['2', '料理講座（実施回数）'],
      ['2-2', '料理講座（参加者数）'],
      ['3', 'ウォーキング教室（実施回数）'],
      ['3-2', 'ウォーキング教室（参加者数）'],
    ]);
    expect(report.kpis[1]?.kpi.target?.value).toBe('300');
    expect(report.kpis[1]?.kpi.actuals[0]?.figure.value).toBe('270');
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
    expect(report.unplaced).toEqual([]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'target',
      'actual',
      'rate',
    ]);
  });

  it('names each group apart where their words are alike (目標 | 実績 | 達成率 twice)', () => {
    const alike = [
      table[0] ?? '',
      '事業名\t目標\t実績\t達成率\t目標\t実績\t達成率',
      ...table.slice(2),
    ];
    const report = read(alike);
    const titles = report.kpis.map((k) => k.kpi.title);
    expect(titles.slice(0, 2)).toEqual(['健康教室（実績）', '健康教室（達成率）']);
    expect(new Set(titles).size).toBe(6);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
  });

  it('keeps the second rate as printed where its own figures do not reproduce it', () => {
    // 実施率 here is a share of something the table does not print: not the KPI's rate.
    const other = table.map((line) =>
      line.replace('83.3%', '41.0%').replace('100.0%', '52.0%').replace('80.0%', '33.0%'),
    );
    const report = read(other);
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '3']);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.reading.columns[3]?.role).toBe('other');
  });
});

describe('rates of single years alone (達成率 H27 | H28 | H29)', () => {
  const table = [
    '指標名\t基準値(H26)\tH27\tH28\tH29\t見通し(H31)\t達成率 H27\t達成率 H28\t達成率 H29',
    '合計特殊出生率\t1.40\t1.45\t1.50\t1.48\t1.60\t90.6%\t93.8%\t92.5%',
    '転入者数\t300\t320\t350\t330\t400\t80.0%\t87.5%\t82.5%',
  ];

  it('read the columns by what reproduces the latest year’s, the KPI’s: a target no word names', () => {
    const report = read(table);
    expect(report.reading.columns[5]?.role).toBe('target');
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['1.60', '400']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
  });

  it('are not searched on one KPI’s rate alone: any two figures may give one rate', () => {
    const report = read(table.slice(0, 2));
    expect(report.reading.columns[5]?.role).toBe('other');
  });
});

describe('rates printed unrounded, as a workbook shown as a web page prints them', () => {
  // A 北海道 市's 統計書 水洗化率: R4 and R5 are the sheet's values, 99.83616149795202.
  it('are found by the figures that reproduce them and checked as the sheet computes them', () => {
    const report = importReportTable(
      readTsv(
        'suisenka-r5.tsv',
        [
          '年 度\t水洗化可能区域 人口\t水洗化 人口\t水洗化率',
          '3\t68374\t68258\t99.8',
          '4\t68412\t68302\t99.83920949541016',
          '5\t68448\t68344\t99.84805984104722',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
  });
});
