import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2014) });

describe('a column its header words take for figures, whose cells are text', () => {
  it('names the KPIs in a table of one KPI too: its one cell is the evidence (那珂川町 活性化計画)', () => {
    const report = read([
      '事業活用活性化計画目標\t目標値A\t実績値B\t達成率(%) B/A',
      '地域産物の販売額\t0.20%\t-10.02%\t-5010.00%',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.kpis[0]?.kpi.title).toBe('地域産物の販売額');
    // −10.02 ÷ 0.20 = −50.1: a negative rate, as printed.
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
  });

  it('keeps a one-KPI table’s figure column a figure column', () => {
    const report = read(['指標\t目標値\t実績値\t達成率', '地域産物の販売額\t200\t150\t75.0%']);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
  });
});
