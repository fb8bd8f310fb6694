import { describe, expect, it } from 'vitest';
import { surveyDateYear } from './survey-date-label.ts';

describe('a row label that is a survey date', () => {
  it('names the fiscal year the day falls in', () => {
    expect(surveyDateYear('令和3年4月1日')).toBe(2021);
    expect(surveyDateYear('令和 2年4月1日')).toBe(2020);
    expect(surveyDateYear('平成31年4月1日')).toBe(2019);
    expect(surveyDateYear('H30.4.1現在')).toBe(2018);
    // A count of 1 March is of the fiscal year before.
    expect(surveyDateYear('平成29年3月1日')).toBe(2016);
  });

  it('is no survey date when the label says more, or names no day', () => {
    expect(surveyDateYear('平成30年4月1日から')).toBeNull();
    expect(surveyDateYear('委員数 平成30年4月1日')).toBeNull();
    expect(surveyDateYear('平成30年度')).toBeNull();
    expect(surveyDateYear('令和4年3月')).toBeNull();
    expect(surveyDateYear('計')).toBeNull();
  });
});
