import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { rateResultLine } from './rate-result-line.ts';

// A KPI's plan and rate lines named by words, its result line by a word no rule knows.
const table = [
  '項目 教室の参加者数',
  '\t[単位]\tR1\tR2\tR3\tR4',
  '教室の参加者数\t期待値\t400\t400\t400\t400',
  '\t成り行き\t500\t380\t\t',
  '\t達成率\t125.0%\t95.0%\t\t',
];
const rows = table.slice(2).map((line, i) => ({ row: i + 3, cells: line.split('\t') }));

describe('a KPI’s result line no word names, read by the rates dividing it by the plan', () => {
  it('is the line the rate line divides by the plan', () => {
    expect(rateResultLine(rows, ['target', 'other', 'rate'])).toBe(1);
    // Without a plan named, or with a result named already, nothing is read from the rates.
    expect(rateResultLine(rows, ['other', 'other', 'rate'])).toBeNull();
    expect(rateResultLine(rows, ['target', 'actual', 'rate'])).toBeNull();
  });

  it('is no result where the rates do not divide it by the plan', () => {
    const off = rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => (c === '95.0%' ? '91.0%' : c)),
    }));
    expect(rateResultLine(off, ['target', 'other', 'rate'])).toBeNull();
  });

  it('reads the KPI with the line as its actuals, the word kept as printed', () => {
    const report = importReportTable(readTsv('t.tsv', table.join('\n')));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).yearRates).toEqual({ printed: 2, matched: 2 });
    const because = report.reading.columns.find((c) => c.role === 'actual')?.because ?? '';
    expect(because).toContain('成り行き');
  });
});
