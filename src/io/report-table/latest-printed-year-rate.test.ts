import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('rates of single years read by the latest year printed', () => {
  // Header words no rule knows for the figures: only the rates tell the plan column.
  const table = [
    '指標名\t起点 (H26)\t行先 (H31)\tH27\tH28\tH29\tH30\t達成率 H27\t達成率 H28\t達成率 H29\t達成率 H30',
    '合計特殊出生率\t0.90\t1.40\t0.93\t1.11\t1.00\t-\t66.4%\t79.3%\t71.4%\t-',
    '転入者数\t300\t400\t320\t350\t330\t\t80.0%\t87.5%\t82.5%\t',
  ];

  it('finds the plan the rates divide by where a later year’s rates are still blank', () => {
    const report = read(table);
    expect(report.reading.columns[2]?.role).toBe('target');
    expect(checkReport(report).yearRates).toEqual({ printed: 6, matched: 6 });
    expect(report.problems).toEqual([]);
    expect(report.reading.roles).toMatchObject({ source: 'printed rates', explained: 6 });
  });

  it('is not searched when the latest year printed is printed by one KPI alone', () => {
    const one = table.map((line, i) => (i === 2 ? line.replace(/\t82\.5%/, '\t-') : line));
    const report = read(one.map((line) => line.replace(/\t87\.5%|\t80\.0%/g, '\t-')));
    expect(report.reading.columns[2]?.role).toBe('other');
  });
});
