import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE, gradeScale } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import type { KpiFields, PlanEdit } from './plan-edits.ts';
import {
  addKpi,
  addPolicy,
  addTheme,
  moveKpi,
  refuseSettingsChange,
  movePolicy,
  moveTheme,
  renamePolicy,
  setPlanSettings,
  updateKpi,
  updateTheme,
} from './plan-edits.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { kpi1, kpi7 } from '../../test/support/yuzawa-kpis.ts';

const plan: Plan = {
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2022),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '2',
      name: '公共施設等の適正管理',
      themes: [{ number: '1', name: '公共施設の最適化', actionItems: ['4'], kpis: [kpi7] }],
    },
  ],
};

/** The edited plan, failing the test when the edit was refused. */
function planOf(edit: PlanEdit): Plan {
  if (edit.kind === 'refused') throw new Error(`refused: ${JSON.stringify(edit.refusal)}`);
  return edit.plan;
}

const fields: KpiFields = {
  title: '指定管理者制度導入施設数',
  note: null,
  tags: [],
  departments: ['企画課'],
  unit: '施設',
  baseline: { value: decimal('10'), fiscalYear: fiscalYear(2019) },
  counting: 'single-year',
  target: { kind: 'value', value: decimal('15'), fiscalYear: fiscalYear(2026) },
  basis: 'latest',
  formula: 'ratio',
};

describe('plan edits', () => {
  it('adds a policy and a theme, refusing a number taken', () => {
    const withPolicy = planOf(addPolicy(plan, { number: '3', name: '組織・人材' }));
    expect(withPolicy.policies.map((p) => p.number)).toEqual(['2', '3']);
    expect(addPolicy(withPolicy, { number: '3', name: 'x' })).toEqual({
      kind: 'refused',
      refusal: { kind: 'duplicate', field: 'number', message: 'basic policy 3 exists already' },
    });
    const withTheme = planOf(
      addTheme(withPolicy, '3', { number: '1', name: '人材育成', actionItems: [] }),
    );
    expect(withTheme.policies[1]?.themes.map((t) => t.name)).toEqual(['人材育成']);
    expect(addTheme(withTheme, '3', { number: '1', name: 'x', actionItems: [] })).toMatchObject({
      kind: 'refused',
      refusal: { kind: 'duplicate', field: 'number' },
    });
    expect(addTheme(plan, '9', { number: '1', name: 'x', actionItems: [] })).toEqual({
      kind: 'refused',
      refusal: { kind: 'not-found', entity: 'basic policy', key: '9' },
    });
  });

  it('renames a policy and a theme, keeping their KPIs', () => {
    const renamed = planOf(renamePolicy(plan, '2', '公共施設マネジメント'));
    expect(renamed.policies[0]?.name).toBe('公共施設マネジメント');
    expect(planKpis(renamed)).toEqual(planKpis(plan));
    const theme = planOf(
      updateTheme(plan, { policyNumber: '2', themeNumber: '1' }, { actionItems: ['4', '5'] }),
    );
    expect(theme.policies[0]?.themes[0]).toMatchObject({
      name: '公共施設の最適化',
      actionItems: ['4', '5'],
    });
    expect(updateTheme(plan, { policyNumber: '2', themeNumber: '7' }, { name: 'x' })).toMatchObject(
      {
        kind: 'refused',
        refusal: { kind: 'not-found', entity: 'theme program', key: '7' },
      },
    );
  });

  it('adds a KPI with its direction read off baseline → target, refusing a code taken', () => {
    const added = planOf(addKpi(plan, { policyNumber: '2', themeNumber: '1', code: '㉑' }, fields));
    const kpi = planKpis(added).find((k) => k.code === '㉑');
    expect(kpi).toMatchObject({ direction: 'increase', actuals: [], narratives: [] });
    expect(addKpi(added, { policyNumber: '2', themeNumber: '1', code: '⑦' }, fields)).toMatchObject(
      {
        kind: 'refused',
        refusal: { kind: 'duplicate', field: 'code' },
      },
    );
  });

  it('changes ⑦’s target and re-reads its direction; its figures stay', () => {
    const target = {
      kind: 'value' as const,
      value: decimal('310000'),
      fiscalYear: fiscalYear(2026),
    };
    const changed = planOf(updateKpi(plan, '⑦', { target }));
    const seven = planKpis(changed)[0];
    expect(seven?.direction).toBe('increase');
    expect(seven?.actuals).toEqual(kpi7.actuals);
    expect(planKpis(planOf(updateKpi(plan, '⑦', { title: '延床面積' })))[0]?.direction).toBe(
      'decrease',
    );
    expect(updateKpi(plan, '㉚', { title: 'x' })).toEqual({
      kind: 'refused',
      refusal: { kind: 'not-found', entity: 'KPI', key: '㉚' },
    });
  });

  it('sets the period and precision, refusing a plan that ends before it starts', () => {
    const settled = planOf(
      setPlanSettings(plan, { ratePrecision: { decimals: 1, widenNear100: false } }),
    );
    expect(settled.ratePrecision.decimals).toBe(1);
    expect(setPlanSettings(plan, { endYear: fiscalYear(2020) })).toEqual({
      kind: 'refused',
      refusal: { kind: 'invalid', field: 'endYear', message: 'the plan ends before it starts' },
    });
    expect(setPlanSettings(plan, { startYear: fiscalYear(2030) })).toMatchObject({
      kind: 'refused',
      refusal: { field: 'startYear' },
    });
  });
});

describe('moving a KPI in the tree', () => {
  const two: Plan = {
    ...plan,
    policies: [
      {
        number: '2',
        name: '公共施設等の適正管理',
        themes: [
          { number: '1', name: '公共施設の最適化', actionItems: ['4'], kpis: [kpi7, kpi1] },
          { number: '2', name: '地域', actionItems: [], kpis: [] },
        ],
      },
    ],
  };
  const codesIn = (p: Plan) => p.policies[0]!.themes.map((t) => t.kpis.map((k) => k.code));

  it('reorders within a theme and moves to another, keeping the KPI whole', () => {
    const where = { policyNumber: '2', themeNumber: '1' };
    expect(codesIn(planOf(moveKpi(two, '①', { ...where, before: '⑦' })))).toEqual([['①', '⑦'], []]);
    const moved = planOf(moveKpi(two, '⑦', { policyNumber: '2', themeNumber: '2', before: null }));
    expect(codesIn(moved)).toEqual([['①'], ['⑦']]);
    expect(planKpis(moved).find((k) => k.code === '⑦')).toBe(kpi7);
  });

  it('refuses an unknown KPI, theme or neighbour, and a KPI before itself', () => {
    const where = { policyNumber: '2', themeNumber: '1' };
    expect(moveKpi(two, '㉚', { ...where, before: null })).toMatchObject({ kind: 'refused' });
    expect(moveKpi(two, '⑦', { ...where, themeNumber: '9', before: null })).toMatchObject({
      kind: 'refused',
      refusal: { kind: 'not-found', entity: 'theme program' },
    });
    expect(moveKpi(two, '⑦', { ...where, before: '⑦' })).toMatchObject({
      refusal: { field: 'before' },
    });
    expect(moveKpi(two, '⑦', { policyNumber: '2', themeNumber: '2', before: '①' })).toMatchObject({
      refusal: { field: 'before' },
    });
  });
});

describe('arranging basic policies and theme programs', () => {
  const theme = (
    number: string,
    kpis: Plan['policies'][number]['themes'][number]['kpis'] = [],
  ) => ({
    number,
    name: `テーマ${number}`,
    actionItems: [],
    kpis,
  });
  const tree: Plan = {
    ...plan,
    policies: [
      { number: '1', name: '方針1', themes: [theme('1', [kpi1]), theme('2')] },
      { number: '2', name: '方針2', themes: [theme('1', [kpi7])] },
      { number: '3', name: '方針3', themes: [] },
    ],
  };
  const shape = (p: Plan) =>
    p.policies.map((policy) => `${policy.number}:${policy.themes.map((t) => t.number).join(',')}`);

  it('reorders policies, each with its themes and KPIs', () => {
    expect(shape(planOf(movePolicy(tree, '3', '1')))).toEqual(['3:', '1:1,2', '2:1']);
    expect(shape(planOf(movePolicy(tree, '1', null)))).toEqual(['2:1', '3:', '1:1,2']);
    expect(planKpis(planOf(movePolicy(tree, '1', null))).map((k) => k.code)).toEqual(['⑦', '①']);
  });

  it('moves a theme within its policy and to another, its KPIs with it', () => {
    const within = planOf(
      moveTheme(tree, { policyNumber: '1', themeNumber: '2' }, { policyNumber: '1', before: '1' }),
    );
    expect(shape(within)).toEqual(['1:2,1', '2:1', '3:']);
    const across = planOf(
      moveTheme(tree, { policyNumber: '1', themeNumber: '1' }, { policyNumber: '3', before: null }),
    );
    expect(shape(across)).toEqual(['1:2', '2:1', '3:1']);
    expect(across.policies[2]!.themes[0]!.kpis[0]).toBe(kpi1);
  });

  it('refuses what is not there, a place before itself, and a number taken under the new policy', () => {
    expect(movePolicy(tree, '9', null)).toMatchObject({ refusal: { kind: 'not-found' } });
    expect(movePolicy(tree, '1', '1')).toMatchObject({ refusal: { field: 'before' } });
    expect(movePolicy(tree, '1', '8')).toMatchObject({ refusal: { field: 'before' } });
    const from = { policyNumber: '1', themeNumber: '1' };
    expect(moveTheme(tree, from, { policyNumber: '2', before: null })).toMatchObject({
      refusal: { kind: 'duplicate', field: 'policyNumber' },
    });
    expect(moveTheme(tree, from, { policyNumber: '1', before: '1' })).toMatchObject({
      refusal: { field: 'before' },
    });
    expect(moveTheme(tree, from, { policyNumber: '3', before: '5' })).toMatchObject({
      refusal: { field: 'before' },
    });
    expect(
      moveTheme(tree, { policyNumber: '1', themeNumber: '7' }, { policyNumber: '3', before: null }),
    ).toMatchObject({
      refusal: { kind: 'not-found', entity: 'theme program' },
    });
  });
});

describe('settings of a plan with published years', () => {
  const [R3, R5, R9] = [2021, 2023, 2027].map(fiscalYear) as [FiscalYear, FiscalYear, FiscalYear];
  const scale = gradeScale(['A', 'B', 'C'], [90, 70]);

  it('keep the grading scale and the precision the published years printed with', () => {
    expect(refuseSettingsChange(plan, { gradeScale: scale }, [R3, R5])).toMatchObject({
      field: 'gradeScale',
      years: [R3, R5],
    });
    expect(
      refuseSettingsChange(plan, { ratePrecision: { decimals: 1, widenNear100: false } }, [R5]),
    ).toMatchObject({ field: 'ratePrecision' });
    // Unchanged values and a plan never published: nothing to refuse.
    expect(
      refuseSettingsChange(
        plan,
        { gradeScale: plan.gradeScale, ratePrecision: plan.ratePrecision },
        [R5],
      ),
    ).toBeNull();
    expect(refuseSettingsChange(plan, { gradeScale: scale }, [])).toBeNull();
  });

  it('keep every published year inside the period, which may grow', () => {
    expect(refuseSettingsChange(plan, { startYear: R5 }, [R3, R5])).toMatchObject({
      field: 'startYear',
    });
    expect(refuseSettingsChange(plan, { endYear: R3 }, [R3, R5])).toMatchObject({
      field: 'endYear',
    });
    expect(refuseSettingsChange(plan, { startYear: R3, endYear: R9 }, [R3, R5])).toBeNull();
  });
});
