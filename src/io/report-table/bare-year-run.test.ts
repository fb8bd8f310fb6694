import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { bareYearRun } from './bare-year-run.ts';

describe('fiscal years written as bare numbers in a header', () => {
  it('reads a run of three or more numbers, each one more, as years', () => {
    expect([...bareYearRun(['年度', '21', '22', '23', '24', '24目標'])]).toEqual([1, 2, 3, 4]);
    expect([...bareYearRun(['区分 年度', '17', '18', '19', '20', '21', '計'])]).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('reads no run of two, no numbers out of step, and no small numbers with no 年度 in the row', () => {
    expect(bareYearRun(['指標', '21', '22', '目標']).size).toBe(0);
    expect(bareYearRun(['指標', '21', '23', '25']).size).toBe(0);
    // Months of a year, or numbers of anything: no word in the row says they are years.
    expect(bareYearRun(['月', '4', '5', '6', '7', '8', '9', '10', '11', '12']).size).toBe(0);
    expect(bareYearRun(['部門', '17', '18', '19']).size).toBe(0);
    expect([...bareYearRun(['年度', '1', '2', '3'])]).toEqual([1, 2, 3]);
  });

  it('reads the figures under them as the actuals of those years, of the 平成 era by their size', () => {
    const table = [
      '年度\t21\t22\t23\t24目標',
      '参加世帯数\t100\t120\t150\t200',
      '緑化面積\t10\t12\t14\t20',
    ].join('\n');
    const report = importReportTable(readTsv('bare.tsv', table));
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'actual',
      'actual',
      'actual',
      'target',
    ]);
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2009, 2010, 2011]);
    expect(report.fiscalYear).toBe(2011);
  });
});
