import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2023) });

describe('rates with nothing to check them against', () => {
  it('are said once when no KPI printing a rate has a target, plan or baseline (執行額 | 執行率)', () => {
    const report = read([
      '区分\t執行額\t執行率',
      '営業費用\t4,705\t47.1%',
      '資本的支出\t1,210\t35.0%',
    ]);
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 1, 3]]);
    expect(report.problems[0]?.message).toMatch(/^the table prints 2 rates \("執行率", column 3\)/);
  });

  it('are not said where a target gives the rates something to be checked against', () => {
    const report = read(['指標\t目標値\t実績値\t達成率', '参加者数\t200\t150\t75.0%']);
    expect(report.problems).toEqual([]);
  });

  it('are not said where no rate is printed', () => {
    const report = read(['指標\t実績値\t目標値', '参加者数\t150\t']);
    expect(report.problems.filter((p) => p.kind === 'rate')).toEqual([]);
  });
});
