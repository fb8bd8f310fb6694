import { describe, expect, it } from 'vitest';
import { withoutHeaderMarks } from './header-marks.ts';
import { classifyHeader } from './column-role.ts';

describe('marks before a header’s words (三次市 介護保険 決算状況)', () => {
  it('drops an item mark, a difference’s formula of marks and a reference tag', () => {
    expect(withoutHeaderMarks('①計画額')).toBe('計画額');
    expect(withoutHeaderMarks('③(②-①)差額')).toBe('差額');
    expect(withoutHeaderMarks('【参考】平成23年度')).toBe('平成23年度');
    expect(withoutHeaderMarks('(参考)H23')).toBe('H23');
  });

  it('keeps a mark after the words, and brackets that hold words', () => {
    expect(withoutHeaderMarks('取組目標 ①')).toBe('取組目標 ①');
    expect(withoutHeaderMarks('(実施率%=(②+③)÷①)')).toBe('(実施率%=(②+③)÷①)');
    expect(withoutHeaderMarks('(対計画比)')).toBe('(対計画比)');
  });

  it('reads the marked headers by their words: the plan, the settled accounts, their difference', () => {
    expect(classifyHeader('①計画額').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('②決算額').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('③(②-①)差額').role).toEqual({ kind: 'difference', order: 'either' });
    expect(classifyHeader('【参考】平成23年度 確定数値').role).toEqual({
      kind: 'actual',
      fiscalYear: 2011,
    });
  });
});
