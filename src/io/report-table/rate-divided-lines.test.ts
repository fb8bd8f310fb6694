import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { rateDivides } from './rate-divided-lines.ts';

const line = (row: number, cells: readonly string[]) => ({ row, cells: [...cells] });

/** A table on its side of two lines no word names, and a rate line (1年度's rate, the total's). */
const sideways = (first: string, total: string) =>
  importReportTable(
    readTsv(
      't.tsv',
      [
        '削減額の推移',
        '区分\t1年度\t2年度\t3年度\t計',
        '予見額\t400\t500\t600\t1,500',
        '成り行き額\t500\t\t\t500',
        `達成率\t${first}\t\t\t${total}`,
      ].join('\n'),
    ),
  );

describe('lines a rate line divides, named by words no rule knows', () => {
  it('says which line the rate divides by: the plan first', () => {
    const rate = line(3, ['達成率', '50.0%', '', '80.0%']);
    const plan = line(1, ['予見', '400', '500', '1,000']);
    const result = line(2, ['成り行き', '200', '', '800']);
    expect(rateDivides(rate, plan, result)).toBe('second over first');
    expect(rateDivides(rate, result, plan)).toBe('first over second');
    expect(rateDivides(line(3, ['達成率', '51.0%', '', '80.0%']), plan, result)).toBeNull();
    expect(rateDivides(line(3, ['達成率', '', '', '']), plan, result)).toBeNull();
  });

  it('reads a table on its side by them: the plan line divided by, the result line the rates', () => {
    const report = sideways('125.0%', '33.3%');
    const roles = new Map(report.reading.columns.map((c) => [c.label, c.role]));
    // Turned, then read as one KPI over its years: each year's plan and result, the total's.
    expect(roles.get('予見額 1年度')).toBe('target');
    expect(roles.get('成り行き額 1年度')).toBe('actual');
    expect(roles.get('予見額 計')).toBe('target');
    // The total's result a running total, as the year rows read a result line named by words.
    expect(roles.get('成り行き額 計')).toBe('cumulative');
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(checkReport(report).yearRates).toEqual({ printed: 1, matched: 1 });
  });

  it('leaves lines alone that the rate line does not divide: no table on its side', () => {
    const report = sideways('97.0%', '12.0%');
    expect(report.reading.columns.map((c) => c.role)).not.toContain('target');
  });
});
