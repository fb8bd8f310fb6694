import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { classifyHeader } from './column-role.ts';
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
