import { describe, expect, it } from 'vitest';
import { beforePlan, namesYear } from './bracketed-year-label.ts';

describe('a row label naming a fiscal year (津野町 財政健全化計画 推移表)', () => {
  it('alone, or after a word saying which year of the plan it is', () => {
    expect(namesYear('平成19年度')).toBe(true);
    expect(namesYear('計画最終年度 (平成23年度)')).toBe(true);
    expect(namesYear('計画前年度（平成18年度）')).toBe(true);
  });

  it('not a word alone, a KPI with a bracketed note, or a figure', () => {
    expect(namesYear('計')).toBe(false);
    expect(namesYear('計画目標値(A)')).toBe(false);
    expect(namesYear('職員数 (人)')).toBe(false);
    expect(namesYear('13.5')).toBe(false);
  });

  it('tells the year before the plan, whose result is the baseline', () => {
    expect(beforePlan('計画前年度 (平成18年度)')).toBe(true);
    expect(beforePlan('計画最終年度 (平成23年度)')).toBe(false);
  });
});
