import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import { projectKpi } from './projection.ts';
import { kpi1, kpi16, kpi2, kpi3, kpi7, kpi9, kpi11 } from '../../test/support/yuzawa-kpis.ts';

const R5 = fiscalYear(2023);
const R8 = fiscalYear(2026);

describe('projection to the target year (linear trend)', () => {
  it('flags ③ (64 → 58, 85, 60 against 100) as on course to miss', () => {
    const projection = projectKpi(kpi3, R5, R8);
    expect(projection?.targetYear).toBe(2026);
    expect(projection?.onCourse).toBe(false);
    expect(projection?.projectedValue).toBeLessThan(100);
  });
  it('keeps ② (78 → 413, 265, 439 against 200) on course', () => {
    expect(projectKpi(kpi2, R5, R8)?.onCourse).toBe(true);
  });
  it('projects a decrease downwards: ⑦ floor area trends to about 270,000 m² by R8, short of 264,000', () => {
    const projection = projectKpi(kpi7, R5, R8);
    // Least squares through R1 299,963, R3 296,121, R4 285,615, R5 283,179: −4,477 m² a year.
    expect(projection?.slope).toBeCloseTo(-4476.8, 0);
    expect(projection?.projectedValue).toBeCloseTo(269954, -1);
    expect(projection?.onCourse).toBe(false);
    expect(
      projectKpi(
        { ...kpi7, target: kpi7.target && { ...kpi7.target, value: decimal('275000') } },
        R5,
        R8,
      )?.onCourse,
    ).toBe(true);
  });
  it('projects a period sum as a running total: ⑪ 3, 11, 15 → past 20', () => {
    const projection = projectKpi({ ...kpi11, basis: 'period-sum' }, R5, R8);
    // Running sums R3 3, R4 11, R5 15: +6 a year, 29/3 + 4 × 6 = 33.7 by R8.
    expect(projection?.projectedValue).toBeCloseTo(33.67, 1);
    expect(projection?.onCourse).toBe(true);
  });
  it('has nothing to say without a target (⑨) or with fewer than two points', () => {
    expect(projectKpi(kpi9, R5, R8)).toBeUndefined();
    expect(
      projectKpi({ ...kpi3, baseline: null, actuals: kpi3.actuals.slice(0, 1) }, R5, R8),
    ).toBeUndefined();
  });
});

describe('the projection as the KPI writes its figures', () => {
  it('rounds to the KPI’s own decimals: ⑦ whole m², ⑯ two places of 億円', () => {
    expect(projectKpi(kpi7, R5, R8)?.projectedText).toMatch(/^\d+$/);
    expect(projectKpi(kpi16, R5, R8)?.projectedText).toMatch(/^\d+\.\d{2}$/);
  });

  it('says nothing where a falling count stops at zero (① 2, 1, 1 件), not 「0 件」', () => {
    const projection = projectKpi(kpi1, R5, R8);
    expect(projection?.projectedValue).toBe(0);
    expect(projection?.projectedText).toBeNull();
  });
});

describe('projection of a change against the base year', () => {
  it('gives the projected change as the KPI prints it: ⑦ as a reduction of its R1 floor area', () => {
    const change = projectKpi({ ...kpi7, formula: 'change' }, R5, R8);
    const reduction = projectKpi({ ...kpi7, formula: 'reduction' }, R5, R8);
    // About 269,954 m² by R8 against 299,963 in R1: 10.0% less.
    expect(change?.projectedRatio).toBeCloseTo(-0.1, 2);
    expect(reduction?.projectedRatio).toBeCloseTo(0.1, 2);
    expect(reduction?.onCourse).toBe(false);
  });
});
