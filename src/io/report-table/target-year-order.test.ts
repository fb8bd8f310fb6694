import { describe, expect, it } from 'vitest';
import { targetYearOrder } from './target-year-order.ts';

describe('a target stands after the years it is measured in', () => {
  const years = new Map([
    [1, 2020],
    [2, 2011],
    [3, 2013],
    [4, 2013],
  ]);

  it('is 1 for a target whose header year is after every used actual (平成32年 over 23年度, 25年度)', () => {
    expect(targetYearOrder([1], new Set([2, 3]), years)).toBe(1);
  });

  it('is -1 for a target before one of its actuals, 0 for the same year or a header with no year', () => {
    expect(targetYearOrder([2], new Set([1]), years)).toBe(-1);
    expect(targetYearOrder([3], new Set([4]), years)).toBe(0);
    expect(targetYearOrder([1], new Set([5]), years)).toBe(0);
    expect(targetYearOrder([5], new Set([1]), years)).toBe(0);
    expect(targetYearOrder([], new Set([1]), years)).toBe(0);
  });
});
