import { describe, expect, it } from 'vitest';
import { budgetExecutionRole } from './budget-execution.ts';
import { classifyHeader } from './column-role.ts';

describe('a budget’s execution (戸田市 財政事情 「予算現額 | 支出済額 | 支出割合」)', () => {
  it('reads the budget as the plan, the amount received or spent as the result, their share as the rate', () => {
    expect(budgetExecutionRole('予算現額')).toBe('target');
    expect(budgetExecutionRole('支出済額')).toBe('actual');
    expect(budgetExecutionRole('収入済額')).toBe('actual');
    expect(budgetExecutionRole('執行額')).toBe('actual');
    for (const label of ['支出割合', '収入割合', '執行率', '収入率(%)', '執行率(%)'])
      expect(budgetExecutionRole(label)).toBe('rate');
  });

  it('leaves a bare 予算額 beside a KPI’s figures, and 予算額・執行額 in one header, to the other rules', () => {
    expect(budgetExecutionRole('予算額')).toBeNull();
    expect(budgetExecutionRole('予算額・執行額(千円)')).toBeNull();
    expect(classifyHeader('予算額').role.kind).toBe('other');
    expect(classifyHeader('決算見込額').role.kind).toBe('actual');
  });

  it('gives classifyHeader the roles, the year of a header that names one', () => {
    expect(classifyHeader('予算現額')).toEqual({
      role: { kind: 'target', fiscalYear: null },
      because: 'a budget’s execution',
    });
    expect(classifyHeader('支出割合').role).toEqual({ kind: 'rate', formula: null });
    expect(classifyHeader('平成28年度 支出済額').role).toEqual({
      kind: 'actual',
      fiscalYear: 2016,
    });
  });
});
