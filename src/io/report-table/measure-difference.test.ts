import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: string[]) => readTsv('measure.tsv', lines.join('\n'));

describe('counts by date read through the difference that names their measure (廿日市市 延べ床面積)', () => {
  const table = (difference: string) => [
    '施設\t平成23年度末現在\t\t平成29年度末現在\t\t延べ床面積差し引き (平方メートル)',
    '\t施設数\t延べ床面積 (平方メートル)\t施設数\t延べ床面積 (平方メートル)\t',
    `庁舎\t6\t25,586.15\t7\t25,691.14\t${difference}`,
  ];

  it('reads the measure of the earliest date as the baseline, of the latest as the actual, the rest kept', () => {
    const report = importReportTable(tsv(table('104.99')));
    const kpi = report.kpis[0]?.kpi;
    expect(report.fiscalYear).toBe(2017);
    expect(kpi?.baseline).toEqual({ value: '25586.15', fiscalYear: 2011 });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2017, '25691.14']]);
    expect(kpi?.extras.map((e) => e.text)).toEqual(['6', '7']);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'other',
      'baseline',
      'other',
      'actual',
      'difference',
    ]);
    expect(report.problems).toEqual([]);
  });

  it('checks the printed difference against the change from the baseline', () => {
    const report = importReportTable(tsv(table('105.99')));
    expect(report.problems.map((p) => p.message)).toEqual([
      'KPI 1: the difference printed is 105.99, but its change from the baseline is 104.99',
    ]);
  });

  it('leaves the columns as they are when the difference names no measure among them', () => {
    const lines = table('104.99');
    lines[0] = lines[0]?.replace('延べ床面積差し引き', '差引') ?? '';
    const report = importReportTable(tsv(lines));
    expect(report.reading.columns.filter((c) => c.role === 'baseline')).toEqual([]);
  });
});
