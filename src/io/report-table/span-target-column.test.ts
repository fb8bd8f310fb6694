import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('a column headed by the plan’s period alone (総合戦略 数値目標, 出雲市)', () => {
  it('is the target of the period’s last year beside actuals of a year inside it', () => {
    const report = read([
      '基本目標\t数値目標\tH27〜H31\tH28 実績値',
      '雇用の場をつくる\t雇用創出数\t1,000\t累計515人',
      '子育ての希望をかなえる\t満足度\t85%\t87%',
    ]);
    expect(report.reading.columns[2]?.role).toBe('target');
    expect(report.kpis.map((k) => k.kpi.target)).toEqual([
      { kind: 'value', value: '1000', fiscalYear: 2019 },
      { kind: 'value', value: '85', fiscalYear: 2019 },
    ]);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['52%', '102%']);
  });

  it('is left as printed beside a target column, or beside actuals at or after the period’s end', () => {
    const beside = read(['指標\tR2〜R6\t目標値\tR3 実績値', '移住者数\t50\t60\t20']);
    expect(beside.reading.columns[1]?.role).toBe('other');
    const after = read(['指標\tR2〜R6\tR6 実績値', '移住者数\t50\t60']);
    expect(after.reading.columns[1]?.role).toBe('other');
  });
});
