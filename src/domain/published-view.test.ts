import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import { buildPlanReport } from './plan-report.ts';
import { restrictToYears } from './published-view.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { kpi1, kpi17 } from '../../test/support/yuzawa-kpis.ts';

const yuzawaPlan = (): Plan => ({
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2019),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '',
      themes: [{ number: '1', name: '', actionItems: [], kpis: [kpi1, kpi17] }],
    },
  ],
});

describe('restrictToYears', () => {
  const plan = yuzawaPlan();
  it('keeps the figures and narratives of published years only', () => {
    const visible = restrictToYears(plan, new Set([fiscalYear(2021), fiscalYear(2022)]));
    const years = planKpis(visible).flatMap((k) => [
      ...k.actuals.map((a) => a.fiscalYear),
      ...k.cumulativeActuals.map((a) => a.fiscalYear),
      ...k.departmentActuals.flatMap((d) => d.actuals.map((a) => a.fiscalYear)),
      ...k.narratives.map((n) => n.fiscalYear),
    ]);
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([2021, 2022]));
    expect(planKpis(visible).map((k) => k.target)).toEqual(planKpis(plan).map((k) => k.target));
  });
  it('computes rates from published figures only (① R5 1/2 = 50%; with R3 alone 2/2 = 100% in R3, none in R5)', () => {
    const r5 = fiscalYear(2023);
    expect(buildPlanReport(plan, r5).rows[0]?.rate).toBe('50%');
    const hidden = restrictToYears(plan, new Set([fiscalYear(2021)]));
    expect(buildPlanReport(hidden, fiscalYear(2021)).rows[0]?.rate).toBe('100%');
    // R3's rate is R3's: the R5 report of what is visible has no R5 figure, so no R5 rate.
    const row = buildPlanReport(hidden, r5).rows[0];
    expect(row?.rate).toBeNull();
    expect(row?.noRateReason).toBe('not-reported');
  });
});
