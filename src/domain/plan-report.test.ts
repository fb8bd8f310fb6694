import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { mapPlanKpis } from './model.ts';
import { buildPlanReport } from './plan-report.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import {
  figure,
  kpi1,
  kpi10,
  kpi16,
  kpi2,
  kpi3,
  kpi7,
  kpi9,
  years,
} from '../../test/support/yuzawa-kpis.ts';

const plan: Plan = {
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '1',
      name: '地域経営マネジメント',
      themes: [
        {
          number: '1',
          name: '地域経営の仕組みづくり',
          actionItems: ['1', '2', '3'],
          kpis: [kpi1, kpi2, kpi3],
        },
      ],
    },
    {
      number: '2',
      name: '公共施設マネジメント',
      themes: [
        {
          number: '4',
          name: '公共施設の再編・再配置の展開',
          actionItems: ['7'],
          kpis: [kpi7, kpi9],
        },
        {
          number: '6',
          name: 'インフラ施設の適正管理',
          actionItems: ['15'],
          kpis: [{ ...kpi10, basis: 'cumulative' }, kpi16],
        },
      ],
    },
  ],
};
const R5 = fiscalYear(2023);

describe('the plan report of a fiscal year', () => {
  const report = buildPlanReport(plan, R5);
  const row = (code: string) => report.rows.find((r) => r.code === code);

  it('lays out the actual columns R3–R5 and every KPI with its printed rate and grade', () => {
    expect(report.years).toEqual([2021, 2022, 2023]);
    expect(report.rows.map((r) => [r.code, r.rate, r.grade])).toEqual([
      ['①', '50%', 'D'],
      ['②', '220%', 'A'],
      ['③', '60%', 'C'],
      ['⑦', '93%', 'B'],
      ['⑨', null, null],
      ['⑩', '43%', 'D'],
      ['⑯', '100.2%', 'A'],
    ]);
    expect(row('⑯')?.actuals.map((a) => a?.text)).toEqual(['8.48', '8.61', '8.39']);
    expect(row('⑨')?.noRateReason).toBe('no-target');
  });

  it('explains each rate with the numbers filled in (⑦ 264000 ÷ 283179 = 93.23% → 93%)', () => {
    expect(row('⑦')?.explanation).toEqual({
      numerator: '264000',
      denominator: '283179',
      numeratorTerms: null,
      denominatorTerms: null,
      exactPercent: '93.23',
      rate: '93%',
    });
    expect(row('⑩')?.explanation).toMatchObject({ numerator: '3', denominator: '7', rate: '43%' });
  });

  it('counts KPIs by grade and by basic policy, and the ones on course to miss', () => {
    expect(report.summary.byGrade).toEqual([
      { grade: 'A', count: 2 },
      { grade: 'B', count: 1 },
      { grade: 'C', count: 1 },
      { grade: 'D', count: 2 },
    ]);
    expect(report.summary.byPolicy.map((p) => [p.number, p.kpis])).toEqual([
      ['1', 3],
      ['2', 4],
    ]);
    expect(report.summary.withRate).toBe(6);
    expect(report.rows.filter((r) => r.atRisk).map((r) => r.code)).toEqual(['①', '③', '⑦', '⑩']);
  });

  it('gives the share achieved and the mean of rates capped at 100%, so ②’s 220% hides no miss', () => {
    expect(report.summary.achieved).toBe(2); // ② 220%, ⑯ 100.2%
    expect(report.summary.achievedShare).toBe('33.3%');
    expect(report.summary.averageRate).toBe('94.3%');
    expect(report.summary.cappedAverageRate).toBe('74.3%'); // 50 + 100 + 60 + 93.2 + 42.9 + 100, over 6;
    expect(report.gradeCuts).toEqual([100, 80, 60]);
  });

  it('never projects a count below zero (① 2, 1, 1 件 trends to 0, not −0.67)', () => {
    expect(row('①')?.projection?.projectedValue).toBe(0);
  });

  it('lists the year’s grade changes against R4, improvements first', () => {
    // ① R4 1/2 = 50% D → R5 50% D: unchanged; ② R4 265/200 A → A; ③ 85% B → 60% C: down.
    const changes = report.summary.changes.map((c) => [c.code, c.fromGrade, c.toGrade, c.trend]);
    expect(changes).toContainEqual(['③', 'B', 'C', 'down']);
    expect(changes.find((c) => c[0] === '①')).toBeUndefined();
    expect(row('③')?.previous).toEqual({ fiscalYear: 2022, rate: '85%', grade: 'B' });
    const improved = buildPlanReport(
      {
        ...plan,
        policies: [
          {
            ...plan.policies[0]!,
            themes: [
              {
                ...plan.policies[0]!.themes[0]!,
                kpis: [{ ...kpi1, actuals: years('2', '1', '2') }],
              },
            ],
          },
        ],
      },
      R5,
    );
    expect(improved.summary.changes).toEqual([
      {
        code: '①',
        title: '',
        fromYear: 2022,
        fromRate: '50%',
        fromGrade: 'D',
        toRate: '100%',
        toGrade: 'A',
        trend: 'up',
      },
    ]);
  });
});

describe('a year without figures', () => {
  const R6 = fiscalYear(2024);

  it('gives a KPI with no figure of its own year no rate, grade or projection (① in R6 is not R5’s 50% D)', () => {
    const report = buildPlanReport(plan, R6);
    const first = report.rows.find((r) => r.code === '①');
    expect(first).toMatchObject({ rate: null, grade: null, noRateReason: 'not-reported' });
    expect(first?.projection).toBeNull();
    expect(first?.atRisk).toBe(false);
    // R5's own rate stays R5's, named with its year.
    expect(first?.previous).toEqual({ fiscalYear: 2023, rate: '50%', grade: 'D' });
    expect(report.summary.withRate).toBe(0);
    expect(report.summary.byGrade.every((g) => g.count === 0)).toBe(true);
    expect(report.summary.averageRate).toBeNull();
    expect(report.summary.atRisk).toBe(0);
  });

  it('counts only the KPIs reported in the year (② entered for R6: 1 rated)', () => {
    const withR6 = mapPlanKpis(plan, (k) =>
      k.code === '②'
        ? { ...k, actuals: [...k.actuals, { fiscalYear: R6, figure: figure('300') }] }
        : k,
    );
    const report = buildPlanReport(withR6, R6);
    expect(report.rows.filter((r) => r.rate !== null).map((r) => [r.code, r.rate])).toEqual([
      ['②', '150%'],
    ]);
    expect(report.summary.withRate).toBe(1);
  });
});
