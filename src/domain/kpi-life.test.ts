import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { KpiChange } from './kpi-life.ts';
import {
  definitionOf,
  describeLife,
  outOfForce,
  planInYear,
  refuseChangeFrom,
  revisedDefinition,
} from './kpi-life.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import { buildPlanReport } from './plan-report.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { figure, kpi1, kpi7, kpi9 } from '../../test/support/yuzawa-kpis.ts';

const R5 = fiscalYear(2023);
const R6 = fiscalYear(2024);
const R7 = fiscalYear(2025);

const plan: Plan = {
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '2',
      name: '公共施設マネジメント',
      themes: [
        {
          number: '4',
          name: '公共施設の再編・再配置の展開',
          actionItems: ['7'],
          kpis: [
            // ⑦ with an R7 figure, so that R7's report has a rate to show the new target by.
            {
              ...kpi7,
              actuals: [...kpi7.actuals, { fiscalYear: R7, figure: figure('275000') }],
            },
            kpi9,
            kpi1,
          ],
        },
      ],
    },
  ],
};

const change = (overrides: Partial<KpiChange> & Pick<KpiChange, 'code' | 'kind'>): KpiChange => ({
  fromYear: R7,
  definition: null,
  replacedBy: null,
  reason: '中間見直し',
  by: 'admin@city.example.jp',
  at: '2025-03-01T00:00:00.000Z',
  ...overrides,
});

// ⑦'s target revised from R7 at the mid-term review: 264,000 → 270,000 m².
const seventhRevised = change({
  code: '⑦',
  kind: 'revise',
  definition: revisedDefinition(definitionOf(kpi7), {
    target: { kind: 'value', value: decimal('270000'), fiscalYear: fiscalYear(2026) },
  }),
});

describe('the plan as it stood in a year', () => {
  const changes = [seventhRevised, change({ code: '⑨', kind: 'retire' })];

  it('leaves R5 as published after a revision and a retirement from R7 (⑦ 264,000/283,179 = 93%)', () => {
    const before = buildPlanReport(plan, R5);
    const after = buildPlanReport(planInYear(plan, changes, R5), R5);
    expect(after).toEqual(before);
    expect(after.rows.find((r) => r.code === '⑦')?.rate).toBe('93%');
  });

  it('uses the revised target from R7 on (270,000/275,000 = 98%) and drops the retired KPI', () => {
    const r7 = planInYear(plan, changes, R7);
    expect(planKpis(r7).map((k) => k.code)).toEqual(['⑦', '①']);
    const row = buildPlanReport(r7, R7).rows.find((r) => r.code === '⑦');
    expect(row?.target?.value).toBe('270000');
    expect(row?.direction).toBe('decrease');
    expect(row?.rate).toBe('98%');
  });

  it('keeps a KPI added from R7 out of every earlier year', () => {
    const added = [change({ code: '①', kind: 'add' })];
    expect(planKpis(planInYear(plan, added, R6)).map((k) => k.code)).toEqual(['⑦', '⑨']);
    expect(planKpis(planInYear(plan, added, R7)).map((k) => k.code)).toEqual(['⑦', '⑨', '①']);
  });

  it('applies the latest revision in force, whatever order they were made in', () => {
    const later = change({
      code: '⑦',
      kind: 'revise',
      fromYear: fiscalYear(2026),
      at: '2024-01-01T00:00:00.000Z',
      definition: { ...definitionOf(kpi7), title: '公共施設の延床面積（R8）' },
    });
    const both = [later, seventhRevised];
    const at = (year: number) => planKpis(planInYear(plan, both, fiscalYear(year)))[0];
    expect(at(2025)?.target?.value).toBe('270000');
    expect(at(2026)?.title).toBe('公共施設の延床面積（R8）');
    expect(at(2024)?.target?.value).toBe('264000');
  });
});

describe('a KPI’s life as its page shows it', () => {
  it('lists each definition from its year with its rule, so a formula changed from R7 shows', () => {
    const progress = change({
      code: '⑦',
      kind: 'revise',
      definition: revisedDefinition(definitionOf(kpi7), { formula: 'progress' }),
      reason: '進捗率で評価する',
    });
    const life = describeLife(kpi7, [progress]);
    expect(life.definitions.map((d) => [d.fromYear, d.formula, d.direction, d.reason])).toEqual([
      [null, 'ratio', 'decrease', null],
      [R7, 'progress', 'decrease', '進捗率で評価する'],
    ]);
  });
});

describe('the year a change may take effect', () => {
  const base = { plan, changes: [] as KpiChange[], kind: 'revise' as const };

  it('refuses a change reaching a published year, as a conflict naming it', () => {
    const refusal = refuseChangeFrom({ ...base, fromYear: R5, published: [R5, fiscalYear(2022)] });
    expect(refusal).toMatchObject({ field: 'from', conflict: true });
    expect(refusal?.message).toContain('R5 is published');
    expect(refuseChangeFrom({ ...base, fromYear: R6, published: [R5] })).toBeNull();
  });

  it('refuses a year past the plan’s end, or after the KPI was retired', () => {
    expect(
      refuseChangeFrom({ ...base, fromYear: fiscalYear(2027), published: [] })?.message,
    ).toContain('R8');
    const retired = [change({ code: '⑦', kind: 'retire', fromYear: R6 })];
    expect(
      refuseChangeFrom({ ...base, changes: retired, fromYear: R7, published: [] })?.message,
    ).toContain('retired from R6');
  });
});

describe('the KPIs out of force in a year', () => {
  it('names a KPI retired before the year and one added after it, no other', () => {
    const changes = [
      change({ code: '⑫', kind: 'retire' }),
      change({ code: '㉑', kind: 'add' }),
      seventhRevised,
    ];
    expect(outOfForce(changes, R6)).toEqual(['㉑']);
    expect(outOfForce(changes, R7)).toEqual(['⑫']);
  });
});
