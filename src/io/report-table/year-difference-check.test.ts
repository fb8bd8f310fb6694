import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import { yearDifferenceMismatch } from './year-difference-check.ts';

const figure = (value: string) => ({
  value: decimal(value),
  secondary: null,
  mark: null,
  estimate: false,
});
const [h19, h20, h18] = [fiscalYear(2007), fiscalYear(2008), fiscalYear(2006)];

/** 津野町 実質公債費比率: H19 plan 13.5, result 12.8; H20 plan 13.0, result 8.8. */
const tsuno = {
  code: '②',
  direction: 'decrease',
  formula: 'gap',
  basis: 'latest',
  baseline: { value: decimal('15.7'), fiscalYear: h18 },
  target: { kind: 'value', value: decimal('12.0'), fiscalYear: fiscalYear(2011) },
  milestones: [
    { fiscalYear: h19, figure: figure('13.5') },
    { fiscalYear: h20, figure: figure('13.0') },
  ],
  actuals: [
    { fiscalYear: h19, figure: figure('12.8') },
    { fiscalYear: h20, figure: figure('8.8') },
  ],
  cumulativeActuals: [],
  departmentActuals: [],
} as const satisfies Partial<Kpi>;
const kpi = tsuno as unknown as Kpi;
const printed = (year: typeof h19, value: string) => ({
  fiscalYear: year,
  value: decimal(value),
  order: 'target-actual' as const,
});

describe('a difference printed for a single year (津野町 乖離値(C) (A−B))', () => {
  it('is that year’s plan less its actual: H19 13.5 − 12.8 = 0.7, H20 13.0 − 8.8 = 4.2', () => {
    expect(yearDifferenceMismatch(kpi, printed(h19, '0.7'))).toBeNull();
    expect(yearDifferenceMismatch(kpi, printed(h20, '4.2'))).toBeNull();
  });

  it('is reported where it is not, naming the year', () => {
    expect(yearDifferenceMismatch(kpi, printed(h20, '4.3'))).toBe(
      'KPI ②: the H20 difference printed is 4.3, but that year’s plan less actual is 4.2'.replace(
        '’',
        "'",
      ),
    );
  });

  it('is left unchecked in a year with no plan or no actual (計画前年度 H18 7.7)', () => {
    expect(yearDifferenceMismatch(kpi, printed(h18, '7.7'))).toBeNull();
  });
});
