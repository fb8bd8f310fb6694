import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { rateCell } from './rate-cell.ts';

describe('a grade and a rate printed in one cell', () => {
  it('reads both, either first, and a rate alone as before', () => {
    expect(rateCell('A (90.0%)')).toEqual({ rate: { text: '90.0%', decimals: 1 }, grade: 'A' });
    expect(rateCell('105%(A)')).toEqual({ rate: { text: '105%', decimals: 0 }, grade: 'A' });
    expect(rateCell('◎ 105%')).toMatchObject({ grade: '◎' });
    expect(rateCell('Ａ\n105.0%')).toMatchObject({ rate: { text: '105.0%' }, grade: 'A' });
    expect(rateCell('57%')).toEqual({ rate: { text: '57%', decimals: 0 }, grade: null });
    // A status word before a rate is its grade (「達成（105.0%）」, 「未達成（75.0%）」); a word that
    // is no grade, or no rate at all, is neither.
    expect(rateCell('達成 (90%)')).toEqual({ rate: { text: '90%', decimals: 0 }, grade: '達成' });
    expect(rateCell('未達成（75.0%）')).toMatchObject({ rate: { text: '75.0%' }, grade: '未達成' });
    expect(rateCell('-5.0%')).toEqual({ rate: { text: '-5.0%', decimals: 1 }, grade: null });
    for (const cell of ['A', '概ね (90%)', '―']) expect(rateCell(cell)).toBeUndefined();
  });

  it('gives the KPI its printed rate and grade, and the role search goes by the rate', () => {
    const report = importReportTable(
      readTsv(
        'graded-r4.tsv',
        [
          // 「到達」 names no role: the rates find the actuals.
          '指標\t基準値\t目標値\t到達 (R4)\t達成度',
          '① 相談件数\t10件\t20件\t18件\tA (90.0%)',
          '② 参加者数\t100人\t200人\t120人\tC (60.0%)',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => [k.printedRate?.text, k.printedGrade])).toEqual([
      ['90.0%', 'A'],
      ['60.0%', 'C'],
    ]);
    expect(report.reading.columns[3]?.role).toBe('actual');
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });
});
