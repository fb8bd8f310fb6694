import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { fromFraction } from './fraction-rates.ts';
import { importReportTable } from './import-report-table.ts';

const checked = (lines: string[]) =>
  checkReport(importReportTable(readTsv('fractions.tsv', lines.join('\n'))));

describe('rates printed as fractions of one (0.90 for 90%)', () => {
  it('turns a fraction into the rate it prints, two decimals fewer', () => {
    expect(fromFraction({ text: '0.90%', decimals: 2 })).toEqual({ text: '90%', decimals: 0 });
    expect(fromFraction({ text: '1.055%', decimals: 3 })).toEqual({ text: '105.5%', decimals: 1 });
    expect(fromFraction({ text: '-0.05%', decimals: 2 })).toEqual({ text: '-5%', decimals: 0 });
  });

  it('reads a rate column of fractions so when the figures reproduce them', () => {
    const result = checked([
      '指標\t基準値(H30)\t目標値(R6)\t実績値(R5)\t達成率',
      '受診率\t30\t50\t45\t0.90',
      '参加者数\t100\t200\t150\t0.75',
      '相談件数\t40\t80\t84\t1.05',
    ]);
    expect(result.kpis.map((k) => [k.printed, k.computed, k.match])).toEqual([
      ['90%', '90%', true],
      ['75%', '75%', true],
      ['105%', '105%', true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps them percentages under a header stating %, and where fractions reproduce nothing', () => {
    const percent = checked([
      '指標\t基準値(H30)\t目標値(R6)\t実績値(R5)\t達成率(%)',
      '受診率\t30\t50\t45\t0.90',
      '参加者数\t100\t200\t150\t0.75',
    ]);
    expect(percent.kpis.map((k) => [k.printed, k.match])).toEqual([
      ['0.90%', false],
      ['0.75%', false],
    ]);
    const small = checked([
      '指標\t基準値(H30)\t目標値(R6)\t実績値(R5)\t達成率',
      '受診率\t30\t5000\t45\t0.90',
      '参加者数\t100\t20000\t150\t0.75',
    ]);
    expect(small.kpis.map((k) => [k.printed, k.match])).toEqual([
      ['0.90%', true],
      ['0.75%', true],
    ]);
  });
});
