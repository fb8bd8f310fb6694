import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { refuseSuccessor, successorPlan } from './successor-plan.ts';
import { kpi1, kpi7 } from '../../test/support/yuzawa-kpis.ts';

const current: Plan = {
  name: '第1次計画',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '方針',
      themes: [{ number: '1', name: '施策', actionItems: ['1'], kpis: [kpi1, kpi7] }],
    },
  ],
};
const next = {
  name: '第2次計画',
  startYear: fiscalYear(2027),
  endYear: fiscalYear(2031),
  carry: ['⑦'],
};

describe('the next plan made from the current one', () => {
  it('carries the chosen KPIs with their definitions and no figures, in the same tree', () => {
    const plan = successorPlan(current, next);
    expect(plan).toMatchObject({ name: '第2次計画', startYear: 2027, endYear: 2031 });
    const kpis = planKpis(plan);
    expect(kpis.map((k) => k.code)).toEqual(['⑦']);
    expect(kpis[0]).toMatchObject({
      title: kpi7.title,
      unit: kpi7.unit,
      target: kpi7.target,
      baseline: kpi7.baseline,
      actuals: [],
      narratives: [],
    });
    expect(plan.policies[0]!.themes[0]!.name).toBe('施策');
    // The current plan is a value: untouched.
    expect(planKpis(current).map((k) => k.code)).toEqual(['①', '⑦']);
    expect(kpi7.actuals.length).toBeGreaterThan(0);
  });

  it('refuses a period overlapping the current plan, its own name and an unknown KPI', () => {
    expect(refuseSuccessor(current, next)).toBeNull();
    expect(refuseSuccessor(current, { ...next, startYear: fiscalYear(2026) })?.field).toBe(
      'startYear',
    );
    expect(refuseSuccessor(current, { ...next, name: '第1次計画' })?.field).toBe('name');
    expect(refuseSuccessor(current, { ...next, endYear: fiscalYear(2020) })?.field).toBe('endYear');
    expect(refuseSuccessor(current, { ...next, carry: ['⑦', '㉚'] })).toEqual({
      field: 'carry',
      message: "KPI ㉚ is not in the plan's last year",
    });
  });
});
