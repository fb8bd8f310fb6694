import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import { namesYearAfterPlan } from './years-after-plan.ts';

describe('namesYearAfterPlan', () => {
  it('reads 「N年後(year)」 as the results of the year in brackets', () => {
    expect(namesYearAfterPlan('1年後(平成29年)')).toBe(true);
    expect(classifyHeader('1年後(平成29年)').role).toEqual({ kind: 'actual', fiscalYear: 2017 });
    expect(classifyHeader('3年後（令和元年）').role).toEqual({ kind: 'actual', fiscalYear: 2019 });
  });

  it('leaves a header naming no year, and other words, as they were', () => {
    expect(namesYearAfterPlan('2年後')).toBe(false);
    expect(classifyHeader('2年後').role).toEqual({ kind: 'other' });
    expect(namesYearAfterPlan('計画時(平成28年)')).toBe(false);
    expect(classifyHeader('計画時(平成28年)').role.kind).toBe('baseline');
  });
});
