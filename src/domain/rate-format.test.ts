import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divide } from './ratio.ts';
import { decimal } from './decimal.ts';
import {
  DEFAULT_RATE_PRECISION,
  formatRate,
  formatRateLike,
  inferRatePrecision,
  parsePrintedRate,
} from './rate-format.ts';

const rate = (a: string, b: string) => {
  const ratio = divide(decimal(a), decimal(b));
  if (!ratio) throw new Error('division by zero');
  return formatRate(ratio, DEFAULT_RATE_PRECISION);
};

describe('formatRate, Yuzawa precision (whole percent, one decimal next to 100)', () => {
  it('rounds half up: ② 439/200 = 219.5% → 220%', () => {
    expect(rate('439', '200')).toBe('220%');
  });
  it('① 1/2 = 50%, ⑦ 264,000/283,179 = 93%, ⑩ 3/7 = 43%', () => {
    expect(rate('1', '2')).toBe('50%');
    expect(rate('264000', '283179')).toBe('93%');
    expect(rate('3', '7')).toBe('43%');
  });
  it('⑯ 8.41/8.39 = 100.238… → 100.2%, while exactly 100 stays 100%', () => {
    expect(rate('8.41', '8.39')).toBe('100.2%');
    expect(rate('5', '5')).toBe('100%');
  });
  it('widens further when one decimal still reads 100.0', () => {
    expect(rate('100.04', '100')).toBe('100.04%');
  });
  it('keeps trailing zeros at one decimal: "0.0%", "120.0%"', () => {
    const one = { decimals: 1, widenNear100: false } as const;
    expect(formatRate({ numerator: 0n, denominator: 3n }, one)).toBe('0.0%');
    expect(formatRate({ numerator: 6n, denominator: 5n }, one)).toBe('120.0%');
    expect(formatRate({ numerator: 3n, denominator: 16n }, one)).toBe('18.8%');
  });
  it('is never capped at 100%', () => {
    expect(rate('7799', '4000')).toBe('195%');
  });
  it('rounds negative progress away from zero', () => {
    expect(formatRate({ numerator: -1n, denominator: 200n }, DEFAULT_RATE_PRECISION)).toBe('-1%');
  });
});

describe('parsePrintedRate', () => {
  it('reads a change whose sign is a word after it, against the base year (阿波市 基準年比 2.5%削減)', () => {
    expect(parsePrintedRate('基準年比 2.5%削減')).toEqual({ text: '-2.5%', decimals: 1 });
    expect(parsePrintedRate('(基準年比23.0%削減')).toEqual({ text: '-23.0%', decimals: 1 });
    expect(parsePrintedRate('基準年比 1.0%増加')).toEqual({ text: '1.0%', decimals: 1 });
    expect(parsePrintedRate('0.0%減')).toEqual({ text: '0.0%', decimals: 1 });
    expect(parsePrintedRate('2.5%の削減')).toBeUndefined();
    expect(parsePrintedRate('増加 2.5%')).toBeUndefined();
  });

  it('reads a rate past what a table prints after it or before it, keeping its precision', () => {
    for (const [cell, text] of [
      ['95.0%(見込)', '95.0%'],
      ['95.0%\n(見込み)', '95.0%'],
      ['100.0%(R3)', '100.0%'],
      ['95%※1', '95%'],
      ['88.8%*2', '88.8%'],
      ['約95%', '95%'],
      ['達成(105%)', '105%'],
      ['未達成（85.5%）', '85.5%'],
    ] as const)
      expect([cell, parsePrintedRate(cell)?.text]).toEqual([cell, text]);
    // A bound is no rate that a figure reproduces; words alone are none; a year before is no mark.
    for (const cell of ['95%超', '100%以上', '達成', 'R4:95%', '(見込)95%'])
      expect([cell, parsePrintedRate(cell)]).toEqual([cell, undefined]);
  });

  it('reads the printed forms', () => {
    expect(parsePrintedRate('100.2%')).toEqual({ text: '100.2%', decimals: 1 });
    expect(parsePrintedRate('５０％')).toEqual({ text: '50%', decimals: 0 });
    expect(parsePrintedRate('75')).toEqual({ text: '75%', decimals: 0 });
    expect(parsePrintedRate('達成')).toBeUndefined();
  });
  it('西尾市: a rate in angle brackets, <100.71%> (a 達成度 line under its figures)', () => {
    expect(parsePrintedRate('<100.71%>')).toEqual({ text: '100.71%', decimals: 2 });
    expect(parsePrintedRate('＜98.82%＞')).toEqual({ text: '98.82%', decimals: 2 });
    expect(parsePrintedRate('〈90%〉')).toEqual({ text: '90%', decimals: 0 });
    expect(parsePrintedRate('<100.71')).toBeUndefined();
  });

  it('寒川町: a rate in brackets after its word, (達成率126.6%)', () => {
    expect(parsePrintedRate('(達成率126.6%)')).toEqual({ text: '126.6%', decimals: 1 });
    expect(parsePrintedRate('（達成率80％）')).toEqual({ text: '80%', decimals: 0 });
    expect(parsePrintedRate('(達成率)')).toBeUndefined();
  });
  it("三重県: a rate with the year before's in brackets, ▲1.6(▲3.0), is the first", () => {
    expect(parsePrintedRate('▲1.6(▲3.0)')).toEqual({ text: '-1.6%', decimals: 1 });
    expect(parsePrintedRate('▲1.2(▲0.6)')).toEqual({ text: '-1.2%', decimals: 1 });
    expect(parsePrintedRate('12.5%(10.0%)')).toEqual({ text: '12.5%', decimals: 1 });
    // Not a rate beside its like: a count with its share (安平町), a figure with its total.
    expect(parsePrintedRate('7 (31.8%)')).toBeUndefined();
    expect(parsePrintedRate('1,030 (2,930)')).toBeUndefined();
  });
  it('a per cent written out: 67.1パーセント, (67.1 パーセント)', () => {
    expect(parsePrintedRate('67.1パーセント')).toEqual({ text: '67.1%', decimals: 1 });
    expect(parsePrintedRate('(67.1 パーセント)')).toEqual({ text: '67.1%', decimals: 1 });
    expect(parsePrintedRate('パーセント')).toBeUndefined();
  });
  it('compares at the printed precision', () => {
    const printed = parsePrintedRate('18.8%');
    expect(printed && formatRateLike({ numerator: 3n, denominator: 16n }, printed)).toBe('18.8%');
  });
  it('infers Yuzawa precision from its printed rates', () => {
    const printed = ['50%', '220%', '100.2%', '93%'].flatMap((t) => parsePrintedRate(t) ?? []);
    expect(inferRatePrecision(printed)).toEqual({ decimals: 0, widenNear100: true });
    const kurihara = ['10.0%', '18.8%', '7.7%'].flatMap((t) => parsePrintedRate(t) ?? []);
    expect(inferRatePrecision(kurihara).decimals).toBe(1);
  });
  it('formats any ratio to text it can read back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const text = formatRate(
          { numerator: BigInt(n), denominator: BigInt(d) },
          DEFAULT_RATE_PRECISION,
        );
        expect(parsePrintedRate(text)?.text).toBe(text);
      }),
    );
  });
});

describe('formatRateLike with a rounding', () => {
  const printed = (text: string) => parsePrintedRate(text) ?? { text, decimals: 0 };
  it('cuts off (切り捨て) where half up rounds: 27.87% → 27.8%, −27.87% → −27.8%', () => {
    const ratio = { numerator: 2787n, denominator: 10000n };
    expect(formatRateLike(ratio, printed('27.8%'), 'truncate')).toBe('27.8%');
    expect(formatRateLike(ratio, printed('27.8%'))).toBe('27.9%');
    const negative = { numerator: -2787n, denominator: 10000n };
    expect(formatRateLike(negative, printed('-27.8%'), 'truncate')).toBe('-27.8%');
  });
});
