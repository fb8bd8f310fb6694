import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';
import { turnYearRowKpis, yearLabels } from './year-rows-kpis.ts';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('a table of results with a row per year and a column per measure', () => {
  // A made-up 地域福祉 table: volunteers and their groups by year, 平成 then 令和 as bare numbers.
  const volunteers = rows(
    ['ボランティア登録の実績'],
    ['年度', '登録団体数', '登録者数', '', 'うち女性の割合'],
    ['', '', '総数', 'うち女性', ''],
    ['29', '41団体', '1,020人', '510人', '50.0%'],
    ['30', '43団体', '1,100人', '561人', '51.0%'],
    ['1', '44団体', '1,150人', '598人', '52.0%'],
    ['2', '40団体', '980人', '529人', '54.0%'],
  );

  it('reads bare years on across the change of era (30, then 1 is 令和元年度)', () => {
    expect(yearLabels(['29', '30', '1', '2'])).toEqual([
      '平成29年度',
      '平成30年度',
      '令和元年度',
      '令和2年度',
    ]);
    expect(yearLabels(['平成27年度', '平成28年度'])).toEqual(['平成27年度', '平成28年度']);
    // Numbers that do not run on year by year are no years.
    expect(yearLabels(['29', '31'])).toBeNull();
    expect(yearLabels(['29', '30', '2'])).toBeNull();
    expect(yearLabels(['29', '計'])).toBeNull();
  });

  it('is read with each column a KPI, named by its header and a spanning one above, each year its actual', () => {
    const report = importReportTable({ file: 'made-up.tsv', rows: volunteers });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '登録団体数',
      '登録者数 総数',
      '登録者数 うち女性',
      'うち女性の割合',
    ]);
    expect(report.kpis[1]?.kpi.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2017, '1020'],
      [2018, '1100'],
      [2019, '1150'],
      [2020, '980'],
    ]);
    expect(report.fiscalYear).toBe(2020);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    // The share's line is checked against the two lines it is of.
    expect(report.reading.ratioLines).toEqual([
      { code: '4', numerator: '3', denominator: '2', rounding: 'half-up', years: 4 },
    ]);
  });

  it('is not turned without a word saying the rows are results, or with kinds of one KPI as columns', () => {
    expect(turnYearRowKpis(volunteers.slice(1))).toBeNull();
    const oneKpi = rows(
      ['実績の推移'],
      ['年度', '計画', '実績', '達成率'],
      ['29', '10', '9', '90%'],
      ['30', '10', '10', '100%'],
      ['1', '10', '11', '110%'],
    );
    expect(turnYearRowKpis(oneKpi)).toBeNull();
  });

  // A made-up 男女共同参画 table: counts as of each 1 April, printed in two parts under the
  // same corner, the second repeating the first's column of bodies.
  const councils = rows(
    ['調査時点', '機関数', '委員数(うち女性委員)', '女性委員の割合'],
    ['令和4年4月1日', '50機関', '600人(240人)', '40.0%'],
    ['令和3年4月1日', '48機関', '580人(203人)', '35.0%'],
    ['令和2年4月1日', '45機関', '550人(165人)', '30.0%'],
    ['調査時点', '機関数', '女性委員40%以上の機関数', 'その割合'],
    ['令和4年4月1日', '50機関', '20機関', '40.0%'],
    ['令和3年4月1日', '48機関', '12機関', '25.0%'],
    ['令和2年4月1日', '45機関', '9機関', '20.0%'],
  );

  it('reads survey dates as the fiscal years they fall in, and a table in parts side by side', () => {
    expect(yearLabels(['令和 2年4月1日', '平成31年4月1日', '平成29年3月1日'])).toEqual([
      '令和2年度',
      '令和元年度',
      '平成28年度',
    ]);
    // Two dates of one fiscal year are not a row per year.
    expect(yearLabels(['令和2年4月1日', '令和3年3月31日'])).toBeNull();
    const report = importReportTable({ file: 'made-up.tsv', rows: councils });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '機関数',
      '委員数(うち女性委員)',
      '女性委員の割合',
      '女性委員40%以上の機関数',
      'その割合',
    ]);
    expect(report.kpis[3]?.kpi.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2022, '20'],
      [2021, '12'],
      [2020, '9'],
    ]);
    expect(report.fiscalYear).toBe(2022);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('does not join parts that list other dates', () => {
    const other = councils.map((r) =>
      r.row === 8 ? { ...r, cells: ['平成31年4月1日', '44機関', '8機関', '18.2%'] } : r,
    );
    expect(turnYearRowKpis(other)).toBeNull();
  });
});
