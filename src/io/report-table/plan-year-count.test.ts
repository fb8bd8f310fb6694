import { describe, expect, it } from 'vitest';
import { countedPlanStart } from './plan-year-count.ts';

describe('the first year of a plan that counts its years (「第2年度目」) without naming its period', () => {
  it('is the year after the baseline’s', () => {
    expect(countedPlanStart(['指標', '基準値(R1)', '第1年度目 実績', '第2年度目 実績'], {})).toBe(
      2020,
    );
    expect(countedPlanStart(['指標', '策定時 H29', '1年目', '2年目', '目標値'], {})).toBe(2018);
  });

  it('is unknown when no header counts years, or no baseline names its year', () => {
    expect(countedPlanStart(['指標', '基準値(R1)', 'R2実績', '目標値(R6)'], {})).toBeUndefined();
    expect(countedPlanStart(['指標', '策定時', '1年目', '2年目'], {})).toBeUndefined();
  });

  it('takes no year from a target headed 年度目標', () => {
    expect(countedPlanStart(['指標', '基準値(R1)', 'R5年度目標'], {})).toBeUndefined();
  });
});
