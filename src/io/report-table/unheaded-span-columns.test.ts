import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2016) });

/** Three measures of three columns each, only the first of each headed (a sub-header 「全 体」). */
const SPANS = [
  '区 分\t母 数\t\t\t該 当 数\t\t\t比 率\t\t',
  '\t全 体\t\t\t全 体\t\t\t全 体\t\t',
  '一\t20942\t10450\t10492\t7558\t3324\t4234\t36.1\t31.8\t40.4',
  '二\t20250\t10111\t10139\t7330\t3218\t4112\t36.2\t31.8\t40.6',
];

describe('unheaded columns read under the span of the header left of them by the printed rates', () => {
  it('reads the rate under its sub-header, and places the unheaded columns the rates use under their span', () => {
    const report = read(SPANS);
    const columns = report.reading.columns;
    expect(columns[7]?.role).toBe('rate');
    expect(columns.slice(2, 4).map((c) => [c.label, c.role])).toEqual([
      ['母 数', 'other'],
      ['母 数', 'other'],
    ]);
    expect(columns[8]?.because).toMatch(/rates the columns 6 ÷ 3 reproduce/);
    expect(checkReport(report).summary).toMatchObject({ printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });

  it('leaves unheaded columns no rate reproduces without a header', () => {
    const unexplained = SPANS.map((line) =>
      line.replace('\t31.8\t40.4', '\t12.0\t13.0').replace('\t31.8\t40.6', '\t14.0\t15.0'),
    );
    const report = read(unexplained);
    expect(report.reading.columns[8]?.label).toBe('');
    expect(report.unplaced.length).toBeGreaterThan(0);
  });
});
