import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import type { TreeRename } from './tree-names.ts';
import { withTreeNamesOfYear, yearsPrinting } from './tree-names.ts';

const [R5, R7, R8, R9] = [2023, 2025, 2026, 2027].map(fiscalYear) as [
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
];

const plan: Plan = {
  name: '行財政改革大綱',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2029),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '安全・安心',
      themes: [{ number: '2', name: 'デジタル行政', actionItems: [], kpis: [] }],
    },
    { number: '2', name: '財政', themes: [] },
  ],
};

const names = (p: Plan) => [
  p.policies[0]!.name,
  p.policies[0]!.themes[0]!.name,
  p.policies[1]!.name,
];

describe('a basic policy or theme program renamed from a year', () => {
  const renames: TreeRename[] = [
    { policyNumber: '1', themeNumber: null, fromYear: R7, oldName: '安心', newName: '安全・安心' },
    {
      policyNumber: '1',
      themeNumber: '2',
      fromYear: R9,
      oldName: '電子自治体',
      newName: 'デジタル行政',
    },
    { policyNumber: '1', themeNumber: '2', fromYear: R7, oldName: 'IT化', newName: '電子自治体' },
  ];

  it('keeps each year the names it had, the current ones from the last rename on', () => {
    expect(names(withTreeNamesOfYear(plan, renames, R5))).toEqual(['安心', 'IT化', '財政']);
    expect(names(withTreeNamesOfYear(plan, renames, R8))).toEqual([
      '安全・安心',
      '電子自治体',
      '財政',
    ]);
    expect(names(withTreeNamesOfYear(plan, renames, R9))).toEqual([
      '安全・安心',
      'デジタル行政',
      '財政',
    ]);
  });

  it('leaves a plan with no renames as it is', () => {
    expect(withTreeNamesOfYear(plan, [], R5)).toBe(plan);
  });
});

describe('the published years that printed a node', () => {
  it('are the years one of its KPIs was in force', async () => {
    const { kpi1, kpi7 } = await import('../../test/support/yuzawa-kpis.ts');
    const R6 = fiscalYear(2024);
    const withKpis: Plan = {
      ...plan,
      policies: [
        { ...plan.policies[0]!, themes: [{ ...plan.policies[0]!.themes[0]!, kpis: [kpi1] }] },
        {
          number: '2',
          name: '財政',
          themes: [{ number: '1', name: '歳出', actionItems: [], kpis: [kpi7] }],
        },
        { number: '3', name: '新設', themes: [] },
      ],
    };
    // ⑦ added from R7: policy 2 printed nothing in R5 or R6.
    const changes = [
      {
        code: kpi7.code,
        kind: 'add' as const,
        fromYear: R7,
        definition: null,
        replacedBy: null,
        reason: '追加',
        by: 'a',
        at: 'x',
      },
    ];
    expect(
      yearsPrinting(withKpis, changes, { policyNumber: '1', themeNumber: null }, [R5, R6]),
    ).toEqual([R5, R6]);
    expect(yearsPrinting(withKpis, changes, { policyNumber: '1', themeNumber: '2' }, [R5])).toEqual(
      [R5],
    );
    expect(
      yearsPrinting(withKpis, changes, { policyNumber: '2', themeNumber: null }, [R5, R6]),
    ).toEqual([]);
    expect(
      yearsPrinting(withKpis, changes, { policyNumber: '3', themeNumber: null }, [R5]),
    ).toEqual([]);
  });
});
