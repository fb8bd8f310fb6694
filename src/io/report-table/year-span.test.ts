import { describe, expect, it } from 'vitest';
import { isYearSpan, withoutYearSpans } from './year-span.ts';

describe('spans of years (桑名市 公共施設等総合管理計画: the アクションプラン periods, the plan period)', () => {
  it('knows a cell that is a span of two years with their eras', () => {
    expect(['H28-R7', 'R8-R17', 'R38-R46'].every(isYearSpan)).toBe(true);
    expect(['第1次', '1-2', '29,037', 'H28', '期間'].some(isYearSpan)).toBe(false);
  });

  it('takes the plan period out of a title line, its other words kept', () => {
    expect(withoutYearSpans('期間【H28-R46】 50年間')).toBe('期間【】 50年間');
    expect(withoutYearSpans('主な指標（令和5年度）')).toBe('主な指標(令和5年度)');
  });
});
