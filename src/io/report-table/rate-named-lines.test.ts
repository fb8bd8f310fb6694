import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { rateNamedLines } from './rate-named-lines.ts';

const tsv = (lines: readonly string[]) => readTsv('lines-r5.tsv', lines.join('\n'));
const body = (lines: readonly string[]) => tsv(lines).rows;

describe('a KPI’s lines named by words no rule knows (予定 / 結果 / 割合)', () => {
  const table = [
    '指標名\t区分\tR3\tR4\tR5',
    '健康教室参加者数\t予定\t100\t110\t120',
    '\t結果\t95\t105\t114',
    '\t割合\t95.0%\t95.5%\t95.0%',
    '相談件数\t予定\t50\t55\t60',
    '\t結果\t40\t50\t66',
    '\t割合\t80.0%\t90.9%\t110.0%',
  ];

  it('reads the line of rates as the rates, and the plan and the result by what the rates say', () => {
    const report = importReportTable(tsv(table));
    expect(report.unplaced).toEqual([]);
    expect(report.fiscalYear).toBe(2023);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['95', '105', '114'],
      ['40', '50', '66'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
    // The reading says which line was read as what, and by what.
    expect(report.reading.columns.map((c) => c.because)).toContain(
      "the 結果 line of each KPI, read as its 実績 by the printed rates: rewritten from a KPI's lines",
    );
  });

  it('reads the result first where it is printed first (結果 / 予定 / 割合)', () => {
    const swapped = [table[0] ?? '', table[2] ?? '', table[1] ?? '', table[3] ?? ''].map((l, i) =>
      i === 1
        ? l.replace('\t結果', '健康教室参加者数\t結果')
        : i === 2
          ? l.replace(/^[^\t]+/, '')
          : l,
    );
    expect(rateNamedLines(body(swapped).slice(1))?.lines).toEqual(['実績', '計画', '達成率']);
  });

  it('reads nothing where no line is all rates, or the rates tell neither way', () => {
    const noRates = table.slice(0, 4).map((l) => l.replace(/\t[\d.]+%/g, '\t-'));
    expect(rateNamedLines(body(noRates).slice(1))).toBeNull();
    // 100 of 100: either line over the other gives 100.0%.
    const even = ['指標\t区分\tR5', '件数\t予定\t100', '\t結果\t100', '\t割合\t100.0%'];
    expect(rateNamedLines(body(even).slice(1))).toBeNull();
    // Lines naming measures, one the share of another (世帯数 / 単身世帯数 / 単身世帯の割合), are
    // lines of their own (ratio-lines.ts), not a KPI's plan and result.
    const shares = [
      '地区\t\tR3',
      '北地区\t世帯数\t1,200',
      '\t単身世帯数\t300',
      '\t単身世帯の割合\t25.0%',
    ];
    expect(rateNamedLines(body(shares).slice(1))).toBeNull();
    // Names that do not repeat alike for every KPI are no cycle of lines.
    const uneven = [...table.slice(0, 4), '相談件数\t見込\t50', '\t結果\t40', '\t割合\t80.0%'];
    expect(rateNamedLines(body(uneven).slice(1))).toBeNull();
  });
});

describe('a KPI’s lines named 計画 / 実施 / 達成率 (a programme held so many times)', () => {
  it('reads 実施 as the result', () => {
    const report = importReportTable(
      tsv([
        '指標名\t区分\tR3\tR4\tR5',
        '健康教室開催回数\t計画\t10\t12\t12',
        '\t実施\t9\t12\t11',
        '\t達成率\t90.0%\t100.0%\t91.7%',
      ]),
    );
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['9', '12', '11']);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.problems).toEqual([]);
  });
});

describe('a KPI’s lines named by any short words, one of them its rates (見通し / 到達 / 達成率)', () => {
  // 長崎市 基本施策評価's layout, its line words replaced: the name, baseline and arrow on the
  // first line only, a year with no result marked 「※」, a rate the copy lost 「?」.
  const table = [
    '指標名\t基準値 (時期)\t区分\t\tH23\tH24\tH25',
    '観光客数\t558.7 万人 (21 年)\t⇧\t見通し\t570.0\t580.0\t600.0',
    '\t\t\t到達\t※\t595.3\t607.8',
    '\t\t\t達成率\t※\t102.6%\t101.3%',
    '観光消費額\t751 億円 (21 年)\t⇧\t見通し\t1,064.0\t1,086.0\t1,134.0',
    '\t\t\t到達\t1,097.7\t1,154.5\t1,203.2',
    '\t\t\t達成率\t103.2%\t?\t106.1%',
  ];

  it('reads them by what the rates say where two KPIs or more repeat them', () => {
    const report = importReportTable(tsv(table));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['観光客数', '観光消費額']);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      [null, '595.3', '607.8'],
      ['1097.7', '1154.5', '1203.2'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // The lost rate is said, not read.
    expect(report.unplaced.map((u) => u.text)).toEqual(['?']);
  });

  it('does not read one KPI’s three lines of words no rule knows so: they may be measures', () => {
    expect(rateNamedLines(body(table.slice(1, 4)))).toBeNull();
    expect(rateNamedLines(body(table.slice(1)))).toMatchObject({
      column: 3,
      lines: ['計画', '実績', '達成率'],
      printed: ['見通し', '到達', '達成率'],
    });
  });
});

describe('a KPI’s lines named by the measures they count (見込量 / 利用量 / 対見込比, a 介護保険事業計画)', () => {
  const table = [
    'サービス\t区分\t2019年度\t2020年度\t2021年度',
    '訪問介護\t見込量\t5,200\t5,400\t5,600',
    '\t利用量\t4,980\t5,120\t5,300',
    '\t対見込比\t95.8%\t94.8%\t94.6%',
    '通所介護\t見込量\t3,100\t3,200\t3,300',
    '\t利用量\t3,260\t3,150\t3,000',
    '\t対見込比\t105.2%\t98.4%\t90.9%',
  ];

  it('reads each service’s lines as its plan, result and rate where every service repeats them', () => {
    const report = importReportTable(tsv(table));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['訪問介護', '通所介護']);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['4980', '5120', '5300'],
      ['3260', '3150', '3000'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('leaves one service’s lines alone: three measures of one thing may be lines of their own', () => {
    expect(rateNamedLines(body(table.slice(1, 4)))).toBeNull();
  });

  it('leaves a whole, its part and the share alone however often they repeat (世帯数 / 単身世帯数)', () => {
    const shares = [
      '北地区\t世帯数\t1,200\t1,250',
      '\t単身世帯数\t300\t325',
      '\t割合\t25.0%\t26.0%',
      '南地区\t世帯数\t800\t820',
      '\t単身世帯数\t160\t205',
      '\t割合\t20.0%\t25.0%',
    ];
    expect(rateNamedLines(body(shares))).toBeNull();
    // The same lines named as a plan and its result are read so.
    const planned = shares.map((l) =>
      l.replace('単身世帯数', '利用数').replace('世帯数', '見込数'),
    );
    expect(rateNamedLines(body(planned))?.lines).toEqual(['計画', '実績', '達成率']);
  });
});
