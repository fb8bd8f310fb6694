import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';

const table = (...rows: string[][]) => ({
  file: 'made-up.tsv',
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});

describe('a line of percentages that two other lines of its group give', () => {
  // A made-up 地域福祉 table: per 地区, its 世帯数, 単身世帯数 and the share 単身世帯の割合.
  const districts = table(
    ['地区', '', '令和3年度', '令和4年度'],
    ['北地区', '世帯数', '1,200', '1,180'],
    ['', '単身世帯数', '300', '320'],
    ['', '単身世帯の割合', '25.0%', '27.1%'],
    ['南地区', '世帯数', '800', '820'],
    ['', '単身世帯数', '120', '140'],
    ['', '単身世帯の割合', '15.0%', '17.1%'],
  );

  it('is found by its printed figures within each group', () => {
    const report = importReportTable(districts);
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(report.reading.ratioLines).toEqual([
      { code: '3', numerator: '2', denominator: '1', rounding: 'half-up', years: 2 },
      { code: '6', numerator: '5', denominator: '4', rounding: 'half-up', years: 2 },
    ]);
  });

  it('is none where a printed figure is not the ratio of any two lines', () => {
    const edited = table(
      ...districts.rows.map((r) => r.cells.map((c) => (c === '17.1%' ? '17.9%' : c))),
    );
    const report = importReportTable(edited);
    expect(report.reading.ratioLines).toEqual([
      { code: '3', numerator: '2', denominator: '1', rounding: 'half-up', years: 2 },
    ]);
  });

  it('is not looked for in a line with a target of its own: a KPI measured against it', () => {
    const report = importReportTable(
      table(
        ['指標', '目標値', '令和3年度', '令和4年度'],
        ['世帯数', '', '1,200', '1,180'],
        ['単身世帯数', '', '300', '320'],
        ['単身世帯の割合', '30%', '25.0%', '27.1%'],
      ),
    );
    expect(report.kpis[2]?.kpi.target?.value).toBe('30');
    expect(report.reading.ratioLines).toBeUndefined();
  });

  it('is the pair its letters name (B/A) when the lines are lettered', () => {
    const report = importReportTable(
      table(
        ['', '', 'R3', 'R4'],
        ['世帯数', 'A', '1,200', '1,180'],
        ['単身世帯数', 'B', '300', '320'],
        ['単身世帯の割合', 'B/A', '25.0%', '27.1%'],
      ),
    );
    expect(report.reading.ratioLines).toEqual([
      { code: 'B/A', numerator: 'B', denominator: 'A', rounding: 'half-up', years: 2 },
    ]);
  });
});
