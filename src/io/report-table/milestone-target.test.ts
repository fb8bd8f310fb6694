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

describe('a KPI with no baseline nor two years of results', () => {
  it('goes the way its own targets go, from the earliest milestone to the final target', () => {
    const report = read([
      '指標\tH27 実績\tH30 目標\tH34 目標',
      '家庭系ごみ原単位\t374.2\t385\t380',
      '資源化率\t41.3\t44\t45',
      '最終処分量\t120\t100\t100',
    ]);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['decrease', 'increase', 'increase']);
    // Two years of results say the way themselves (the earliest result the start).
    const withResults = read([
      '指標\tH26 実績\tH27 実績\tH30 目標\tH34 目標',
      '家庭系ごみ原単位\t370\t374.2\t385\t380',
    ]);
    expect(withResults.kpis[0]?.kpi.direction).toBe('increase');
  });
});
