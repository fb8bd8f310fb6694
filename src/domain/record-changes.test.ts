import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { mapPlanKpis } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { recordChanges } from './record-changes.ts';
import { kpi1, kpi7 } from '../../test/support/yuzawa-kpis.ts';

const plan: Plan = {
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '持続可能な行財政運営',
      themes: [{ number: '1', name: '公共施設', actionItems: ['1'], kpis: [kpi1, kpi7] }],
    },
  ],
};

describe('recordChanges', () => {
  it('lists nothing for an unchanged plan', () => {
    expect(recordChanges(plan, plan)).toEqual([]);
  });
  it('names the KPI, the field and both values (⑦ unit m² → ㎡)', () => {
    const edited = mapPlanKpis(plan, (k) =>
      k.code === '⑦' ? { ...k, unit: '㎡', title: '延床面積' } : k,
    );
    expect(recordChanges(plan, edited)).toEqual([
      {
        entity: 'kpi',
        key: '⑦',
        kpiCode: '⑦',
        field: 'title',
        before: kpi7.title,
        after: '延床面積',
      },
      { entity: 'kpi', key: '⑦', kpiCode: '⑦', field: 'unit', before: kpi7.unit, after: '㎡' },
    ]);
  });
  it('reports a new record as added, and plan settings as JSON', () => {
    const edited: Plan = {
      ...plan,
      endYear: fiscalYear(2027),
      policies: [...plan.policies, { number: '2', name: '協働', themes: [] }],
    };
    expect(recordChanges(plan, edited)).toEqual([
      { entity: 'plan', key: null, kpiCode: null, field: 'endYear', before: '2026', after: '2027' },
      { entity: 'policy', key: '2', kpiCode: null, field: 'added', before: null, after: '協働' },
    ]);
  });
});
