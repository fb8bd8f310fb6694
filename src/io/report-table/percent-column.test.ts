import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (rateHeader: string, rates: readonly [string, string]) =>
  importReportTable(
    readTsv(
      'percent-r4.tsv',
      [
        `指標\t基準値\t目標値\tR4実績\t${rateHeader}`,
        `① 相談件数\t10\t20\t18\t${rates[0]}`,
        `② 参加者数\t100\t200\t120\t${rates[1]}`,
      ].join('\n'),
    ),
  );

describe('a column of percentages whose header names no rate', () => {
  it('is read as the rates where the figures reproduce them (18 ÷ 20 = 90.0%), and says so', () => {
    const report = read('進捗状況', ['90.0%', '60.0%']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(report.reading.columns[4]?.because).toBe(
      'its cells are rates ("90.0%"), which the figures reproduce',
    );
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('is read so from bare figures under a header stating % (達成状況(%): 90.0, 60.0)', () => {
    const report = read('達成状況(%)', ['90.0', '60.0']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    const stated = read('達成状況（単位：％）', ['90.0', '60.0']);
    expect(stated.reading.columns[4]).toMatchObject({ role: 'rate' });
    // Bare figures under a header that states no % are no rates: 18 of 20 is not 90.0 of them.
    const counts = read('進捗状況', ['90.0', '60.0']);
    expect(counts.reading.columns[4]?.role).not.toBe('rate');
  });

  it('stays as it was where nothing reproduces them (構成比, a share of the whole)', () => {
    const report = read('構成比', ['30.0%', '70.0%']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'other' });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 0, matched: 0 });
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '構成比', text: '30.0%' });
  });

  it('is a rate by its words where they say 対目標比, 目標比 or 実績/目標 (not a target or an actual)', () => {
    for (const header of ['対目標比', '目標比', '実績/目標', '進ちょく率']) {
      const report = read(header, ['90.0%', '60.0%']);
      expect([header, report.reading.columns[4]?.role]).toEqual([header, 'rate']);
      expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    }
  });
});
