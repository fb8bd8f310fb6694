import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { classifyHeader, headerYear } from './column-role.ts';
import { importReportTable } from './import-report-table.ts';
import { bareHeaderYear } from './bare-year.ts';

describe('a header written as a bare four-digit year (三重県 基本事業の数値目標 2001 … 2004)', () => {
  it('names that fiscal year, alone or as the last word after a line’s', () => {
    expect(bareHeaderYear('2001')).toBe(2001);
    expect(bareHeaderYear(' 2019 ')).toBe(2019);
    expect(bareHeaderYear('目標2001')).toBe(2001);
  });

  it('is no year for a figure, a number out of the plans’ years, or a year a word follows', () => {
    expect(bareHeaderYear('1,2001')).toBeNull();
    expect(bareHeaderYear('3000')).toBeNull();
    expect(bareHeaderYear('1200')).toBeNull();
    expect(bareHeaderYear('第2001号')).toBeNull();
  });

  it('is a year column of actuals, as 「2019年度」 is', () => {
    expect(classifyHeader('2019')).toEqual({
      role: { kind: 'actual', fiscalYear: 2019 },
      because: 'only a fiscal year',
    });
  });

  it('lets a table of bare years be read: its latest year with actuals the report year', () => {
    const table = ['指標\t2019\t2020\t2021\t目標値\t達成率', '参加者数\t10\t12\t15\t20\t75%'];
    const report = importReportTable(readTsv('t.tsv', table.join('\n')));
    expect(report.fiscalYear).toBe(2021);
    expect(report.kpis[0]?.printedRateText).toBe('75%');
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2019, 2020, 2021]);
  });

  it('lets a KPI’s 目標 / 実績 lines under bare years be joined (三重県 生活排水処理率)', () => {
    const table = [
      '数値目標の指標名\t区分\t2001\t2002\t2003\t2004',
      '生活排水処理率 (%)\t目標\t55\t60\t62\t62',
      '\t実績\t57.2\t60\t\t',
    ];
    const report = importReportTable(readTsv('t.tsv', table.join('\n')));
    expect(report.fiscalYear).toBe(2002);
    expect(report.unplaced).toEqual([]);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2001, '57.2'],
      [2002, '60'],
    ]);
  });
});

describe('calendar years in a header beside words (a table of 西暦 years)', () => {
  it('reads a year over the columns under it (「2015 実績」) as that year, as 「H27 実績」', () => {
    expect(headerYear('2015 実績')).toBe(2015);
    expect(headerYear('2016実績値')).toBe(2016);
    expect(headerYear('H27 実績')).toBe(2015);
    // A count in its unit, or a year no word follows within a word, is none.
    expect(headerYear('2000人以上')).toBeNull();
  });

  it('reads a span of years (「2015〜2019」, the plan’s period) as no one year', () => {
    expect(bareHeaderYear('2015〜2019')).toBeNull();
    expect(bareHeaderYear('2015-2019')).toBeNull();
    expect(classifyHeader('2015〜2019').role.kind).toBe('other');
    expect(bareHeaderYear('2019')).toBe(2019);
  });

  it('reads a table whose years are 西暦 as its 平成 copy reads (江田島市 総合戦略)', () => {
    const read = (lines: readonly string[]) =>
      importReportTable(readTsv('etajima.tsv', lines.join('\n')));
    const western = read([
      '指 標 名\t現状値 (2014)\t2015\t\t目標値 (2019)',
      '\t\t実績\t達成度\t',
      '有害鳥獣による農作物年間被害額(千円)\t22,585\t20,563\tA\t20,000',
    ]);
    expect(western.fiscalYear).toBe(2015);
    expect(western.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2015]);
  });
});
