import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('a column of fractions under 「実施数/計画数」', () => {
  it('reads 「3/5」 as 3 reached out of 5 planned: the actual, its whole the target', () => {
    const report = read([
      '平成30年度 行政評価 取組の実施状況',
      '取組\t実施数/計画数\t実施率',
      '窓口のワンストップ化\t3/5\t60.0%',
      '電子申請の拡充\t8/10\t80.0%',
      'AI-OCRの導入\t2/3\t66.7%',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'actual', 'rate']);
    expect(report.kpis.map((k) => [k.kpi.actuals[0]?.figure.value, k.kpi.target?.value])).toEqual([
      ['3', '5'],
      ['8', '10'],
      ['2', '3'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.problems).toEqual([]);
  });

  it('leaves the column a target where one cell is no fraction', () => {
    const report = read([
      '平成30年度 行政評価 取組の実施状況',
      '取組\t実施数/計画数\t実施率',
      '窓口のワンストップ化\t3/5\t60.0%',
      '電子申請の拡充\t10\t80.0%',
    ]);
    expect(report.reading.columns[1]?.role).toBe('target');
  });
});
