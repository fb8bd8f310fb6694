import { describe, expect, it } from 'vitest';
import { withDepartmentsOfYear } from './department-merges.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { kpi1, kpi7 } from '../../test/support/yuzawa-kpis.ts';

const [R5, R7, R8, R9] = [2023, 2025, 2026, 2027].map(fiscalYear) as [
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
];

const plan: Plan = {
  name: '計画',
  startYear: R5,
  endYear: R9,
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '方針',
      themes: [
        {
          number: '1',
          name: 'テーマ',
          actionItems: [],
          kpis: [
            { ...kpi1, departments: ['DX推進課'] },
            { ...kpi7, departments: ['企画課'] },
          ],
        },
      ],
    },
  ],
};

const departments = (p: Plan) => planKpis(p).map((k) => k.departments.join('・'));

describe('departments merged from a year', () => {
  it('name each KPI’s departments as they were before the merge, and as they are after', () => {
    // 情報政策課 into 企画課 from R7, then 企画課 into DX推進課 from R9 (①'s chain).
    const moves = [
      { code: kpi1.code, fromYear: R9, departmentsBefore: ['企画課'] },
      { code: kpi1.code, fromYear: R7, departmentsBefore: ['情報政策課'] },
    ];
    expect(departments(withDepartmentsOfYear(plan, moves, R5))).toEqual(['情報政策課', '企画課']);
    expect(departments(withDepartmentsOfYear(plan, moves, R8))).toEqual(['企画課', '企画課']);
    expect(departments(withDepartmentsOfYear(plan, moves, R9))).toEqual(['DX推進課', '企画課']);
    expect(withDepartmentsOfYear(plan, [], R5)).toBe(plan);
  });
});
