import { describe, expect, it } from 'vitest';
import { isUnroundedRate, spreadsheetPercent } from './unrounded-rate.ts';
import { formatRateLike, parsePrintedRate } from './rate-format.ts';
import { describeRule } from './inference.ts';

describe('a rate printed as a spreadsheet holds it, unrounded', () => {
  it('has nine decimals or more and no more digits than a double prints', () => {
    expect(isUnroundedRate('98.98214479152054')).toBe(true);
    expect(isUnroundedRate('16.128711113233496')).toBe(true);
    expect(isUnroundedRate('99.83616149795202')).toBe(true);
    expect(isUnroundedRate('98.9821')).toBe(false);
    expect(isUnroundedRate('99.8')).toBe(false);
    expect(isUnroundedRate('12.345678901234567890')).toBe(false);
  });

  it('is read as a rate, which a rounded rate of five to eight places is not', () => {
    expect(parsePrintedRate('98.98214479152054')).toEqual({
      text: '98.98214479152054%',
      decimals: 14,
      unrounded: true,
    });
    expect(parsePrintedRate('98.982144')).toBeUndefined();
    expect(parsePrintedRate('99.8')).toEqual({ text: '99.8%', decimals: 1 });
  });

  // 徳島県 令和3年度 県税の税目別調定収入状況調 (8) 不動産取得税, 収入額 ÷ 調定額 ×100.
  it('is computed as the sheet computes it, not rounded from the exact quotient', () => {
    const east = { numerator: 1406261800n, denominator: 1420722700n };
    expect(spreadsheetPercent(east, '98.98214479152054%')).toBe('98.98214479152054%');
    // 徳島 滞: the exact quotient 16.12871111323349550… rounded at 15 places ends …495; the sheet's
    // double prints …496.
    const arrears = { numerator: 3944900n, denominator: 24458867n };
    const printed = parsePrintedRate('16.128711113233496');
    expect(printed && formatRateLike(arrears, printed)).toBe('16.128711113233496%');
  });

  it('does not match a rate of other figures', () => {
    const printed = parsePrintedRate('98.98214479152054');
    const other = { numerator: 1406261801n, denominator: 1420722700n };
    expect(printed && formatRateLike(other, printed)).not.toBe(printed?.text);
  });
});

describe('the words for a rate reproduced unrounded', () => {
  it('say it is the sheet’s value, not a rounding to fourteen places', () => {
    const printed = parsePrintedRate('98.98214479152054') ?? null;
    const words = describeRule(
      {
        kind: 'matched',
        rule: { direction: 'increase', basis: 'latest', formula: 'ratio' },
        rounding: 'half-up',
      },
      printed,
    );
    expect(words).toContain('as a spreadsheet holds it, unrounded');
    expect(words).not.toContain('decimals');
  });
});
