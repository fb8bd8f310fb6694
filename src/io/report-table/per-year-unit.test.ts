import { describe, expect, it } from 'vitest';
import { isYearsCount } from './per-year-unit.ts';

describe('a year’s figure in the unit its KPI counts per year', () => {
  it('is the same measure: 頭 of 頭/年 (兵庫県 年間捕獲頭数), 人 of 人/年度', () => {
    expect(isYearsCount('頭/年', '頭')).toBe(true);
    expect(isYearsCount('人/年度', '人')).toBe(true);
  });

  it('is not another unit, nor a unit per something else', () => {
    expect(isYearsCount('頭/年', '千円')).toBe(false);
    expect(isYearsCount('人/日', '人')).toBe(false);
    expect(isYearsCount('件', '件')).toBe(false);
  });
});
