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

describe('the first year a title line says the plan’s work began in (経営体育成支援事業 目標達成状況報告書)', () => {
  const labels = ['項 目', '目標達成状況 1年度目', '目標達成状況 2年度目', '目標年度 (3年度目)'];

  it('is the year of 「事業実施年度 平成25年度」, before any baseline’s', () => {
    const titles = ['都道府県名 山形県', '事業実施年度 平成25年度', '目標年度 平成27年度'];
    expect(countedPlanStart(labels, {}, titles)).toBe(2013);
    expect(countedPlanStart([...labels, '基準値 (H20)'], {}, titles)).toBe(2013);
  });

  it('is none where no header counts years, or no title line names the start', () => {
    expect(countedPlanStart(['基準値', 'H26'], {}, ['事業実施年度 平成25年度'])).toBeUndefined();
    expect(countedPlanStart(labels, {}, ['目標年度 平成27年度'])).toBeUndefined();
  });
});
