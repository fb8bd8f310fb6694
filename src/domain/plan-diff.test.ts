import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import type { Figure } from './figure.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Kpi, Plan } from './model.ts';
import { diffPlans } from './plan-diff.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';

const fig = (value: string, secondary: string | null = null): Figure => ({
  value: decimal(value),
  secondary: secondary === null ? null : decimal(secondary),
  mark: null,
  estimate: false,
});
const R5 = fiscalYear(2023);

/** ⑩ the Yuzawa R5 row: 0 0 0, cumulative 3 3 3, target 7. */
const kpi10: Kpi = {
  code: '⑩',
  title: 'インフラ施設における包括的民間委託件数（契約件数）',
  note: null,
  tags: [],
  departments: ['企画課'],
  unit: '件',
  baseline: { value: decimal('3'), fiscalYear: fiscalYear(2019) },
  counting: 'single-year',
  direction: 'increase',
  basis: 'cumulative',
  formula: 'ratio',
  target: { kind: 'value', value: decimal('7'), fiscalYear: fiscalYear(2026) },
  milestones: [],
  actuals: [{ fiscalYear: R5, figure: fig('0') }],
  departmentActuals: [
    { department: '企画課', actuals: [{ fiscalYear: R5, figure: fig('2', '1') }] },
  ],
  cumulativeActuals: [{ fiscalYear: R5, figure: fig('3') }],
  cumulativeLabel: '累計',
  narratives: [{ fiscalYear: R5, department: null, text: '新規実績はなかった。' }],
  extras: [],
};

const plan = (...kpis: Kpi[]): Plan => ({
  name: '行財政改革大綱',
  startYear: fiscalYear(2019),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '2',
      name: '公共施設マネジメント',
      themes: [{ number: '6', name: 'インフラ施設の適正管理', actionItems: ['15', '16'], kpis }],
    },
  ],
});

describe('diffPlans', () => {
  it('lists a new plan and its KPIs as added', () => {
    expect(diffPlans(null, plan(kpi10))).toEqual({
      added: ['plan 行財政改革大綱 added', 'KPI ⑩ added'],
      changed: [],
    });
  });

  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(plan(kpi10), plan(kpi10))).toEqual({ added: [], changed: [] });
  });

  it('names each changed figure with its year, row and department: ⑩ R5 actual 0 → 1', () => {
    const next: Kpi = {
      ...kpi10,
      target: { kind: 'value', value: decimal('8'), fiscalYear: fiscalYear(2026) },
      actuals: [
        { fiscalYear: R5, figure: fig('1') },
        { fiscalYear: fiscalYear(2024), figure: fig('2') },
      ],
      departmentActuals: [
        { department: '企画課', actuals: [{ fiscalYear: R5, figure: fig('2', '0') }] },
      ],
      cumulativeActuals: [{ fiscalYear: R5, figure: fig('4') }],
      narratives: [{ fiscalYear: R5, department: null, text: '1件を委託した。' }],
    };
    expect(diffPlans(plan(kpi10), plan(next))).toEqual({
      added: ['⑩ R6 actual 2'],
      changed: [
        '⑩ target 7 (R8) → 8 (R8)',
        '⑩ R5 actual 0 → 1',
        '⑩ R5 actual (企画課) 2(1) → 2(0)',
        '⑩ R5 cumulative 3 → 4',
        '⑩ R5 narrative rewritten',
      ],
    });
  });

  it('keeps quiet about what the incoming plan leaves out', () => {
    const partial: Kpi = { ...kpi10, actuals: [], cumulativeActuals: [], narratives: [] };
    expect(diffPlans(plan(kpi10), plan(partial))).toEqual({ added: [], changed: [] });
    const total: Kpi = { ...kpi10, cumulativeLabel: '合計' };
    const withoutRow: Kpi = { ...kpi10, cumulativeActuals: [] };
    expect(diffPlans(plan(total), plan(withoutRow))).toEqual({ added: [], changed: [] });
  });

  it('names a cumulative row printed under another label: ⑩ 累計 → 合計', () => {
    const total: Kpi = { ...kpi10, cumulativeLabel: '合計' };
    expect(diffPlans(plan(kpi10), plan(total)).changed).toEqual(['⑩ cumulative label 累計 → 合計']);
  });

  it('lists a new KPI once, not each of its figures', () => {
    const kpi21: Kpi = { ...kpi10, code: '㉑' };
    expect(diffPlans(plan(kpi10), plan(kpi10, kpi21))).toEqual({
      added: ['KPI ㉑ added'],
      changed: [],
    });
  });
});
