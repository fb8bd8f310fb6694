import { describe, expect, it } from 'vitest';
import { changedYears } from './changed-years.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Kpi, Plan } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { figure, kpi10, kpi17 } from '../../test/support/yuzawa-kpis.ts';

const planOf = (...kpis: Kpi[]): Plan => ({
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2019),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [{ number: '1', name: '', themes: [{ number: '1', name: '', actionItems: [], kpis }] }],
});

describe('changedYears', () => {
  it('is empty for the same plan again (an import of the same file)', () => {
    expect(changedYears(planOf(kpi10, kpi17), planOf(kpi10, kpi17))).toEqual([]);
  });

  it('names R5 when ⑩’s R5 figure changes 0 → 1', () => {
    const changed: Kpi = {
      ...kpi10,
      actuals: kpi10.actuals.map((a) =>
        a.fiscalYear === 2023 ? { ...a, figure: figure('1') } : a,
      ),
    };
    expect(changedYears(planOf(kpi10), planOf(changed))).toEqual([2023]);
  });

  it('names the years of a department’s row and a narrative that are new', () => {
    const more: Kpi = {
      ...kpi17,
      departmentActuals: kpi17.departmentActuals.map((d) =>
        d.department === '総務課'
          ? { ...d, actuals: [...d.actuals, { fiscalYear: fiscalYear(2024), figure: figure('2') }] }
          : d,
      ),
      narratives: [{ fiscalYear: fiscalYear(2022), department: null, text: '策定した' }],
    };
    expect(changedYears(planOf(kpi17), planOf(more))).toEqual([2022, 2024]);
  });

  it('names every year of a plan stored for the first time', () => {
    expect(changedYears(null, planOf(kpi10))).toEqual([2021, 2022, 2023]);
  });
});
