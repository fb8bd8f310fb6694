import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import { baseYearRate } from './base-year-rate.ts';

const figure = (value: string) => ({
  value: decimal(value),
  secondary: null,
  mark: null,
  estimate: false,
});

/** 津野町 実質公債費比率: 計画前年度 H18 15.7 the baseline, H22 8.0 and H23 8.0 the latest results. */
const tsuno = {
  code: '②',
  direction: 'decrease',
  formula: 'gap',
  basis: 'latest',
  baseline: { value: decimal('15.7'), fiscalYear: fiscalYear(2006) },
  target: { kind: 'value', value: decimal('12.0'), fiscalYear: fiscalYear(2011) },
  milestones: [],
  actuals: [
    { fiscalYear: fiscalYear(2010), figure: figure('8.0') },
    { fiscalYear: fiscalYear(2011), figure: figure('8.0') },
  ],
  cumulativeActuals: [],
  departmentActuals: [],
} as const satisfies Partial<Kpi>;
const kpi = tsuno as unknown as Kpi;

const printed = (text: string) => {
  const rate = parsePrintedRate(text);
  if (!rate) throw new Error(text);
  return rate;
};

describe('a rate printed under the baseline’s own year, which has no plan', () => {
  it('is the latest actual against the baseline by the KPI’s formula (津野町 49.0% = (15.7 − 8.0) ÷ 15.7)', () => {
    expect(baseYearRate(kpi, fiscalYear(2006), printed('49.0%'), 'half-up')).toBe('49.0%');
  });

  it('gives none under a year that is not the baseline’s', () => {
    expect(baseYearRate(kpi, fiscalYear(2005), printed('49.0%'), 'half-up')).toBeNull();
  });

  it('gives none for a KPI with no actual after its baseline', () => {
    const early = { ...kpi, actuals: [] };
    expect(baseYearRate(early, fiscalYear(2006), printed('49.0%'), 'half-up')).toBeNull();
  });
});
