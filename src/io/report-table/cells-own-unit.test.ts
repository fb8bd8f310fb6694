import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('suido-h18.tsv', lines.join('\n')));

describe('a unit a title states for the table beside figures printing a unit of their own', () => {
  const table = [
    '(単位:千円)',
    '事 項\t平成17年度\t平成18年度',
    '年度末給水人口\t47,349人\t47,305人',
    '水道事業収益\t840,757\t844,189',
    '年間総配水量\t4,911,597m3\t4,976,090m3',
  ];

  it('reads each KPI in the unit its cells print, the bare figures in the title’s', () => {
    const report = read(table);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['人', '千円', 'm³']);
    expect(report.problems).toEqual([]);
  });

  it('still names cells of several units in one KPI', () => {
    const mixed = table.map((l) => l.replace('47,305人', '47,305戸'));
    const problems = read(mixed).problems.map((p) => p.message);
    expect(problems).toEqual([expect.stringContaining('KPI 1: cells carry other units than')]);
  });

  it('keeps a unit the KPI’s own column states over its cells’', () => {
    const withUnits = ['指標\t単位\tH17\tH18', '年度末給水人口\t件\t47人\t48人'];
    const report = read(withUnits);
    expect(report.kpis[0]?.kpi.unit).toBe('件');
    expect(report.problems.map((p) => p.kind)).toEqual(['unit']);
  });
});
