import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { importReportTable } from './import-report-table.ts';
import { isRateChange, rateChangeMismatch } from './percent-difference.ts';
import { readTsv } from '../read-delimited.ts';

describe('a difference printed in percent beside a rate', () => {
  it('is the rate less 100%, for a KPI whose figures are no percentages', () => {
    expect(isRateChange({ inPercent: true }, 'ℓ', '93.8%')).toBe(true);
    expect(rateChangeMismatch('1', decimal('-6.2'), '93.8%')).toBeNull();
    expect(rateChangeMismatch('1', decimal('1.2'), '101.2%')).toBeNull();
    expect(rateChangeMismatch('1', decimal('6.2'), '93.8%')).toBe(
      'KPI 1: the difference printed is 6.2%, but its rate 93.8% less 100% is -6.2%',
    );
  });

  it('is an amount where the figures are percentages, printed with no %, or with no rate', () => {
    expect(isRateChange({ inPercent: true }, '%', '95.0%')).toBe(false);
    expect(isRateChange({ inPercent: false }, '人', '95.0%')).toBe(false);
    expect(isRateChange({ inPercent: true }, '人', null)).toBe(false);
  });
});

describe('a table of uses against the base year, each with its ratio and its change in %', () => {
  const table = (change: string) =>
    [
      '種類\t単位\t基準年度 R1\t目標年度 R7\tR3\t進捗状況 R3/R1\t増減',
      '紙\t枚\t1,000\t900\t950\t95.0%\t-5.0%',
      `電気\tkWh\t2,000\t1,800\t2,100\t105.0%\t${change}`,
    ].join('\n');

  it('checks each change against its rate, not as an amount of the figures', () => {
    const report = importReportTable(readTsv('uses.tsv', table('5.0%')));
    expect(report.problems.filter((p) => p.kind === 'difference')).toEqual([]);
  });

  it('reports a change that is not its rate less 100%, naming its row and column', () => {
    const report = importReportTable(readTsv('uses.tsv', table('4.0%')));
    expect(report.problems.filter((p) => p.kind === 'difference')).toMatchObject([
      { row: 3, column: 7, message: expect.stringContaining('105.0% less 100% is 5%') },
    ]);
  });
});
