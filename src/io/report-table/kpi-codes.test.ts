import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

/** 呉市 重点指標 (abridged): two tables under one header, each numbering its KPIs from ①. */
const KURE = [
  '\tH25プラン\tH25決算\t差引\t達成状況',
  '①1日入院患者数\t42人\t47人\t5人\t○',
  '②平均在院日数\t37.4日\t36.2日\t△1.2日\t○',
  '\tH25プラン\tH25決算\t差引\t達成状況',
  '①経常収支比率\t100%\t105.00%\t5.00%\t○',
  '②紹介率\t3.50%\t1.10%\t△2.40%\t×',
];

describe('KPI codes', () => {
  it('numbers a code again after the header printed again (①2), a second table’s, not refused', () => {
    const report = importReportTable(tsv(KURE), { fiscalYear: fiscalYear(2013) });
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['①', '②', '①2', '②2']);
    expect(report.problems.filter((p) => p.kind === 'duplicate-code')).toEqual([]);
  });

  it('reads the direction a pass-or-fail grade proves: ○ below the plan is a decrease', () => {
    const report = importReportTable(tsv(KURE), { fiscalYear: fiscalYear(2013) });
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual([
      'increase',
      'decrease',
      'increase',
      'increase',
    ]);
  });

  it('refuses a code given twice in one table', () => {
    const report = importReportTable(tsv(KURE.slice(0, 3).concat(KURE[4] ?? '')), {
      fiscalYear: fiscalYear(2013),
    });
    expect(report.problems.map((p) => p.kind)).toContain('duplicate-code');
  });
});
