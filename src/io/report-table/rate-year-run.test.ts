import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2012) });

describe("a year alone going on a rate column's years", () => {
  it('keeps 「H25」 after 「達成率(%) H24」 as printed, a year of rates, not that year’s actuals', () => {
    // Words no rule knows for the plan and the result: the rates find them.
    const report = read([
      '事業\t据え置き\t24年度 到達\t達成率(%) H24\tH25',
      '捕獲\t13,300頭\t17,979頭\t135.2%\t126.2%',
      '講座\t40回\t30回\t75.0%\t80.0%',
    ]);
    const run = report.reading.columns[4];
    expect(run?.role).toBe('other');
    expect(run?.because).toMatch(/a year going on the rate column's years/);
    expect(report.reading.columns[2]?.role).toBe('actual');
    expect(checkReport(report).summary).toMatchObject({ printed: 2, matched: 2 });
  });

  it('leaves a year whose cells are figures, and a year after a rate naming none', () => {
    const figures = read([
      '事業\t目標\t達成率(%) H24\tH25',
      '捕獲\t13,300\t135.2%\t17,979',
      '講座\t40\t75.0%\t30',
    ]);
    expect(figures.reading.columns[3]?.role).toBe('actual');
    const undated = read([
      '事業\t目標\t実績\t達成率\tH25',
      '捕獲\t13,300\t17,979\t135.2%\t126.2%',
      '講座\t40\t30\t75.0%\t80.0%',
    ]);
    expect(undated.reading.columns[4]?.because).not.toMatch(/rate column's years/);
  });
});
