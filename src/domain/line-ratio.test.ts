import { describe, expect, it } from 'vitest';
import type { Decimal } from './decimal.ts';
import { decimal } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYear } from './fiscal-year.ts';
import { lineRatio, seriesLine, type SeriesLine } from './line-ratio.ts';

const series = (...pairs: [number, string][]): Map<FiscalYear, Decimal> =>
  new Map(pairs.map(([y, v]) => [fiscalYear(y), decimal(v)]));
const line = (key: string, ...values: string[]): SeriesLine =>
  seriesLine(key, series(...values.map((v, i): [number, string] => [2020 + i, v])));

describe('the two lines whose ratio is a line of printed percentages', () => {
  const households = line('A', '1200', '1180', '1150');
  const alone = line('B', '300', '320', '331');
  const over75 = line('C', '90', '99', '104');

  it('is found by the printed figures, each year at the places it prints', () => {
    const printed = series([2020, '25.0'], [2021, '27.1'], [2022, '28.8']);
    expect(lineRatio(printed, [households, alone, over75])).toEqual({
      numerator: 'B',
      denominator: 'A',
      rounding: 'half-up',
      years: 3,
    });
    // 90/300 = 30%, 99/320 = 30.94%: printed 30 and 30.9, each at its own places, C ÷ B.
    expect(lineRatio(series([2020, '30'], [2021, '30.9']), [alone, over75])).toMatchObject({
      numerator: 'C',
      denominator: 'B',
    });
  });

  it('is found cut off (切り捨て) where no pair rounds half up to every printed figure', () => {
    // 320/1180 = 27.118…, 331/1150 = 28.782…: 27.1 and 28.7 only cut off.
    const printed = series([2021, '27.1'], [2022, '28.7']);
    expect(lineRatio(printed, [households, alone, over75])).toMatchObject({
      numerator: 'B',
      denominator: 'A',
      rounding: 'truncate',
    });
  });

  it('is none when a year misses, when two pairs fit, or with one printed year', () => {
    expect(lineRatio(series([2020, '25.0'], [2021, '27.2']), [households, alone])).toBeNull();
    const twin = line('D', '300', '320', '331');
    expect(lineRatio(series([2020, '25.0'], [2021, '27.1']), [households, alone, twin])).toBeNull();
    expect(lineRatio(series([2020, '25.0']), [households, alone])).toBeNull();
  });

  it('tries only the pair a formula names (B/A), and says none when it does not give them', () => {
    const printed = series([2020, '25.0'], [2021, '27.1']);
    const named = { numerator: 'B', denominator: 'A' };
    expect(lineRatio(printed, [households, alone, line('D', '300', '320')], named)).toMatchObject(
      named,
    );
    expect(
      lineRatio(printed, [households, alone], { numerator: 'A', denominator: 'B' }),
    ).toBeNull();
  });
});
