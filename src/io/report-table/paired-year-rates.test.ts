import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('a rate printed after each year’s actual (御所市 23年度 | 達成率(%) | 24年度 | 達成率(%))', () => {
  const table = (rates: readonly string[]) =>
    read([
      `指標\t現状値\t平成32年\t23年度\t達成率(%)\t24年度\t達成率(%)\t25年度\t達成率(%)`,
      `自主防災組織率\t57.10\t93.00\t62.00\t${rates[0]}\t66.60\t${rates[1]}\t69.50\t${rates[2]}`,
      `駅利用者数\t21,754\t30,000\t22,582\t75.3\t22,038\t73.5\t19,975\t66.6`,
    ]);

  it('reads the latest as the KPI’s rate and the others as their years’, each against the target', () => {
    const report = table(['66.7', '71.6', '74.7']);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'baseline',
      'target',
      'actual',
      'rate',
      'actual',
      'rate',
      'actual',
      'rate',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('says which year’s rate its actual against the target does not give', () => {
    const report = table(['66.7', '71.0', '74.7']);
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 2, 7]]);
  });
});
