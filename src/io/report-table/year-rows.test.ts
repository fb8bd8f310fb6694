import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { importReportTable } from './import-report-table.ts';
import { turnYearRows } from './year-rows.ts';

const rows = (text: string) => contentRows(readTsv('t.tsv', text).rows);

/** 神川町 H26 取組事項の実施状況, the readable columns: a row per year and 計. */
const KAMIKAWA = [
  '目標に対する実施率=',
  '取組項目\t取組目標 ①\t実施率',
  '22 年度\t9\t',
  '23 年度\t11\t',
  '計\t20\t61.11%',
].join('\n');

describe('a one-KPI table with a row per year (神川町 22 年度 … 計)', () => {
  it('is rewritten as one KPI row: each column once per year, the total last, the title line naming it', () => {
    const turned = turnYearRows(rows(KAMIKAWA));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['取組項目', '取組目標 ①', '実施率', '取組目標 ①', '実施率', '取組目標 ①', '実施率'],
      ['', '22 年度', '22 年度', '23 年度', '23 年度', '計', '計'],
      ['目標に対する実施率=', '9', '', '11', '', '20', '61.11%'],
    ]);
    expect(turned?.origin(3, 1)).toEqual({ row: 1, column: 1 });
    expect(turned?.origin(3, 6)).toEqual({ row: 5, column: 2 });
    expect(turned?.origin(2, 4)).toEqual({ row: 4, column: 1 });
    expect(turned?.readAs(7)).toBe("the 計 row's 実施率");
  });

  it('gives the total’s actual the role of the running total, its printed header kept (no 累計 made up)', () => {
    const turned = turnYearRows(
      rows('年度\t計画額\t実績額\n18年度\t9\t8\n19年度\t11\t12\n計\t20\t20'),
    );
    expect(turned?.rows[0]?.cells).toEqual([
      '年度',
      '計画額',
      '実績額',
      '計画額',
      '実績額',
      '計画額',
      '実績額',
    ]);
    expect([2, 3, 5, 6, 7].map((c) => turned?.given?.(1, c)?.role ?? null)).toEqual([
      null,
      null,
      null,
      null,
      'cumulative',
    ]);
    const report = importReportTable(
      readTsv('t.tsv', '年度\t計画額\t実績額\n18年度\t9\t8\n19年度\t11\t12\n計\t20\t20'),
      { fiscalYear: fiscalYear(2007) },
    );
    expect(report.reading.columns.at(-1)).toMatchObject({
      label: '実績額 計',
      role: 'cumulative',
      because: "the 計 row's 実績額: rewritten from rows of years: the total row, a running total",
    });
  });

  it('keeps the cells past the header’s width (found by the property test)', () => {
    const turned = turnYearRows(rows('計\t0\nR3\t0\nR4\tR3\n\t実績値\tR3'));
    const last = turned?.rows.at(-1)?.cells ?? [];
    expect(last.at(-1)).toBe('R3');
    expect(turned?.origin(turned.rows.length, last.length)).toEqual({ row: 4, column: 3 });
  });

  it('is not a table of KPI rows, nor of one year, nor of two totals', () => {
    expect(turnYearRows(rows('指標\t目標値\t実績値\n① 件数\t10\t5\n② 人数\t3\t1'))).toBeNull();
    expect(turnYearRows(rows('年度\t計画\n22年度\t9\n計\t9'))).toBeNull();
    expect(turnYearRows(rows('年度\t計画\n22年度\t9\n23年度\t9\n計\t18\n合計\t18'))).toBeNull();
  });

  it('reads the years as milestones, the total as the target and the rate, every cell in its file place', () => {
    const table = [
      '目標に対する実施率=',
      '取組項目\t取組目標 ①\t実施 ②\t一部実施 ③\t実施率',
      '22 年度\t9\t5\t1\t',
      '23 年度\t27\t14\t2\t',
      '計\t36\t19\t3\t61.11%',
      '(実施率%=(②+③)÷①)',
    ].join('\n');
    const report = importReportTable(readTsv('kamikawa-h26.tsv', table));
    expect(report.kpis).toHaveLength(1);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('目標に対する実施率=');
    expect(kpi?.target?.value).toBe('36');
    expect(kpi?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2010, '9'],
      [2011, '27'],
    ]);
    // (②+③): each year's two columns summed, and the total's into the running total.
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2010, '6'],
      [2011, '16'],
    ]);
    expect(kpi?.cumulativeActuals.map((a) => a.figure.value)).toEqual(['22']);
    expect(report.kpis[0]?.printedRateText).toBe('61.11%');
    expect(report.reading.rows.map((r) => [r.row, r.fields])).toEqual([
      [1, ['kpi']],
      [2, ['header', 'header', 'header', 'header', 'header']],
      [3, ['header', 'milestone', 'actual', 'actual']],
      [4, ['header', 'milestone', 'actual', 'actual']],
      [5, ['header', 'target', 'cumulative', 'cumulative', 'rate']],
      [6, ['title']],
    ]);
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).kpis.map((k) => [k.computed, k.match, k.basis])).toEqual([
      ['61.11%', true, 'cumulative'],
    ]);
  });

  it('a cell printed "?" is a problem at its place, and unplaced', () => {
    const report = importReportTable(
      readTsv('k.tsv', '取組項目\t取組目標\t実績\n22 年度\t9\t?\n23 年度\t11\t4'),
    );
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['unreadable', 2, 3]]);
    expect(report.unplaced.map((u) => [u.row, u.column, u.reason])).toEqual([
      [2, 3, 'unreadable in the source'],
    ]);
  });
});
