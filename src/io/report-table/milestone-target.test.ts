import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2015) });

describe('a KPI whose final target is left empty', () => {
  it('takes the latest target it prints for an earlier year, unless its final target prints anything', () => {
    const report = read([
      '指標\tH27 実績\tH27 目標\tH28 目標',
      '講座開催回数\t176\t160\t',
      '相談件数\t5\t10\t未定',
      '訪問件数\t7\t8\t9',
    ]);
    const [empty, unread, both] = report.kpis.map((k) => k.kpi);
    expect(empty?.target).toEqual({ kind: 'value', value: '160', fiscalYear: 2015 });
    expect(empty?.milestones).toEqual([]);
    // 「未定」 is a final target printed as no figure: the KPI has one, unread, not H27's.
    expect(unread?.target).toBeNull();
    expect(unread?.milestones.map((m) => m.figure.value)).toEqual(['10']);
    expect(both?.target).toMatchObject({ value: '9', fiscalYear: 2016 });
    expect(both?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([[2015, '8']]);
  });
});
