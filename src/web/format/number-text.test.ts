import { describe, expect, it } from 'vitest';
import { countsWholeNumbers, formatEstimate, withUnit } from './number-text.ts';

describe('number text', () => {
  it('writes units the Japanese way: a space before a counter, none before %', () => {
    expect(withUnit('2102', '件')).toBe('2,102 件');
    expect(withUnit('8.39', '億円')).toBe('8.39 億円');
    expect(withUnit('39.5', '%')).toBe('39.5%');
  });
});

describe('estimates', () => {
  it('prints a projection to two decimals, or whole for a KPI counted in whole numbers', () => {
    // ③ 生涯学習人材バンクの活用件数 (64 → 58, 85, 60 回): a projection of 0.33 回 reads "0 回".
    expect(formatEstimate(0.333, 'ja')).toBe('0.33');
    expect(formatEstimate(0.333, 'ja', true)).toBe('0');
    expect(formatEstimate(269953.6, 'ja')).toBe('269,954');
  });

  it('counts in whole numbers only when every figure is an integer and the unit no percentage', () => {
    expect(countsWholeNumbers(['64', '58', '85', '60', '100'], '回')).toBe(true);
    expect(countsWholeNumbers(['8.39', '8.41'], '億円')).toBe(false); // ⑯
    expect(countsWholeNumbers(['39', '40'], '%')).toBe(false);
    expect(countsWholeNumbers([null, '2', null], '件')).toBe(true);
    expect(countsWholeNumbers([null], '件')).toBe(false);
  });
});
