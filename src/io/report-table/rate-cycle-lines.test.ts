import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { rateCycleLines } from './rate-cycle-lines.ts';

// A sheet per KPI, its plan line named as each sheet names it, by words no rule knows.
const table = [
  '区分\t指標名称\t年度\tR1\tR2\tR3\tR4\tR5',
  '成果\t教室の参加者数(人)\t行先\t\t\t\t\t500',
  '\t\t成り行き\t450\t480\t\t\t',
  '\t\t達成率\t90.0%\t96.0%\t\t\t',
  '活動\t教室の開催回数(回)\t予見\t\t\t\t\t40',
  '\t\t成り行き\t30\t36\t\t\t',
  '\t\t達成率\t75.0%\t90.0%\t\t\t',
];
const rows = (lines: readonly string[]) =>
  lines.slice(1).map((line, i) => ({ row: i + 2, cells: line.split('\t') }));

describe('lines whose plan changes its name from KPI to KPI, read by the rates', () => {
  it('takes the line the rates divide by for the plan, the other for its result', () => {
    expect(rateCycleLines(rows(table))).toMatchObject({
      column: 2,
      lines: ['計画', '実績', '達成率'],
      kpiRows: 6,
      printed: ['行先・予見', '成り行き', '達成率'],
    });
  });

  it('reads each KPI’s yearly rates against its final plan', () => {
    const report = importReportTable(readTsv('t.tsv', table.join('\n')));
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['500', '40']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
  });

  it('is no reading where the rates divide neither line by the other', () => {
    const off = table.map((line) => line.replace('90.0%\t96.0%', '12.0%\t13.0%'));
    expect(rateCycleLines(rows(off))).toBeNull();
  });

  it('needs two KPIs: one KPI’s three lines may be measures of their own', () => {
    expect(rateCycleLines(rows(table.slice(0, 4)))).toBeNull();
  });
});
