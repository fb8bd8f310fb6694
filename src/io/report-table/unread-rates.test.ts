import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { YEAR_ON_YEAR_UNREAD } from '../../domain/import-problem-kind.ts';

const read = (rateHeader: string, rates: readonly [string, string]) =>
  importReportTable(
    readTsv(
      'juusoku-r5.tsv',
      [
        `指標\t目標値\tR5実績\t${rateHeader}`,
        `相談件数\t20\t18\t${rates[0]}`,
        `参加者数\t200\t120\t${rates[1]}`,
      ].join('\n'),
    ),
  );

const rateProblems = (report: ReturnType<typeof read>) =>
  report.problems.filter((p) => p.kind === 'rate');

describe('a column of percentages headed as a rate that nothing reads as the KPIs’ rates', () => {
  it('is said as a problem naming its column, not a silent success checking nothing', () => {
    // 到達度 prints what no reading of 目標値 and R5実績 gives (not 90.0% and 60.0%).
    const report = read('到達度', ['45.0%', '30.0%']);
    expect(report.kpis.map((k) => k.printedRate)).toEqual([null, null]);
    expect(rateProblems(report)).toEqual([
      expect.objectContaining({
        row: 1,
        column: 4,
        message: expect.stringMatching(/^column 4 \("到達度"\)/),
      }),
    ]);
  });

  it('is none where the figures reproduce them: they are the rates', () => {
    const report = read('到達度', ['90.0%', '60.0%']);
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched']);
    expect(rateProblems(report)).toEqual([]);
  });

  it('is none for a share or a change, kept as printed for what it is', () => {
    expect(rateProblems(read('構成比', ['45.0%', '30.0%']))).toEqual([]);
    // A change against the year before no two figures give is said by its own check
    // (`year-on-year.ts`), not as rates of the KPIs no reading reproduced.
    for (const header of ['伸び率', '前年度比'])
      expect(rateProblems(read(header, ['45.0%', '30.0%'])).map((p) => p.message)).toEqual([
        expect.stringContaining(YEAR_ON_YEAR_UNREAD),
      ]);
  });
});
