import { describe, expect, it } from 'vitest';
import { withoutUnapproved } from './approved-view.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Kpi, Plan } from './model.ts';
import { mapPlanKpis, planKpis } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { kpi1, kpi17 } from '../../test/support/yuzawa-kpis.ts';

const withNarratives = (kpi: Kpi): Kpi => ({
  ...kpi,
  narratives: [
    { fiscalYear: fiscalYear(2023), department: null, text: 'R5' },
    { fiscalYear: fiscalYear(2023), department: '総務課', text: 'R5 総務課' },
  ],
});

const plan: Plan = {
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2019),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '',
      themes: [
        {
          number: '1',
          name: '',
          actionItems: [],
          kpis: [withNarratives(kpi1), withNarratives(kpi17)],
        },
      ],
    },
  ],
};

const kpiOf = (p: Plan, code: string) => planKpis(p).find((k) => k.code === code);

describe('withoutUnapproved', () => {
  it('is the plan itself when everything is approved', () => {
    expect(withoutUnapproved(plan, [])).toBe(plan);
  });

  it('drops the KPI row’s draft figure of that year only (① R5)', () => {
    const counted = withoutUnapproved(plan, [
      { code: '①', fiscalYear: fiscalYear(2023), department: null, kind: 'actual', state: 'draft' },
    ]);
    expect(kpiOf(counted, '①')?.actuals.map((a) => a.fiscalYear)).toEqual([2021, 2022]);
    expect(kpiOf(counted, '①')?.narratives).toHaveLength(2);
    expect(kpiOf(counted, '⑰')).toEqual(kpiOf(plan, '⑰'));
  });

  it('drops one department’s submitted row and narrative, keeping the others (⑰ 総務課 R5)', () => {
    const counted = withoutUnapproved(plan, [
      {
        code: '⑰',
        fiscalYear: fiscalYear(2023),
        department: '総務課',
        kind: 'actual',
        state: 'submitted',
      },
      {
        code: '⑰',
        fiscalYear: fiscalYear(2023),
        department: '総務課',
        kind: 'narrative',
        state: 'submitted',
      },
    ]);
    const kpi = kpiOf(counted, '⑰');
    expect(kpi?.departmentActuals.map((d) => d.actuals.length)).toEqual([2, 3, 3]);
    expect(kpi?.narratives.map((n) => n.department)).toEqual([null]);
  });

  it('drops a returned cumulative row and keeps milestones (the plan’s own targets)', () => {
    const withRows = mapPlanKpis(plan, (k) => ({
      ...k,
      cumulativeActuals: k.actuals,
      milestones: k.actuals,
    }));
    const counted = withoutUnapproved(withRows, [
      {
        code: '①',
        fiscalYear: fiscalYear(2022),
        department: null,
        kind: 'cumulative',
        state: 'returned',
      },
    ]);
    const kpi = kpiOf(counted, '①');
    expect(kpi?.cumulativeActuals.map((a) => a.fiscalYear)).toEqual([2021, 2023]);
    expect(kpi?.milestones).toHaveLength(3);
    expect(kpi?.actuals).toHaveLength(3);
  });

  it('counts a reopened record as it was approved until its correction is (① R5 1 → draft 2)', () => {
    const counted = withoutUnapproved(plan, [
      {
        code: '①',
        fiscalYear: fiscalYear(2023),
        department: null,
        kind: 'actual',
        state: 'draft',
        approvedText: '1',
      },
      {
        code: '⑰',
        fiscalYear: fiscalYear(2023),
        department: '総務課',
        kind: 'narrative',
        state: 'submitted',
        approvedText: '危機管理マニュアルを1件策定した',
      },
    ]);
    const one = kpiOf(counted, '①');
    expect(one?.actuals.find((a) => a.fiscalYear === 2023)?.figure.value).toBe('1');
    expect(one?.actuals).toHaveLength(3);
    const narrative = kpiOf(counted, '⑰')?.narratives.find((n) => n.department === '総務課');
    expect(narrative?.text).toBe('危機管理マニュアルを1件策定した');
  });
});
