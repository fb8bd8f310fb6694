import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import { checkYearRate, yearRateMismatch, yearRatesRule } from './year-rate-check.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const h18 = fiscalYear(2006);
const figure = (value: string) => ({
  value: decimal(value),
  secondary: null,
  mark: null,
  estimate: false,
});

/** いわき市 改革の効果額: H18 plan 950, actual 2,085, the period's plan 5,140. */
const iwaki = {
  code: '1',
  direction: 'increase',
  formula: 'ratio',
  basis: 'cumulative',
  baseline: null,
  target: { kind: 'value', value: decimal('5140'), fiscalYear: null },
  milestones: [{ fiscalYear: h18, figure: figure('950') }],
  actuals: [{ fiscalYear: h18, figure: figure('2085') }],
  cumulativeActuals: [],
  departmentActuals: [],
} as const satisfies Partial<Kpi>;
const kpi = iwaki as unknown as Kpi;

const rate = (text: string) => {
  const printed = parsePrintedRate(text);
  if (!printed) throw new Error(text);
  return { fiscalYear: h18, printed };
};

describe('a rate printed for one year: its actual against its plan', () => {
  it('いわき市 18年度 219.5% = 2,085 / 950 holds', () => {
    expect(yearRateMismatch(kpi, rate('219.5%'))).toBeNull();
  });

  it('219.4% does not, and says what the year gives', () => {
    expect(yearRateMismatch(kpi, rate('219.4%'))).toBe(
      "KPI 1: the H18 rate printed is 219.4%, but the year's actual against its plan gives 219.5%",
    );
  });

  it('gives what the year computes beside the printed rate, matched or not, with its column', () => {
    expect(checkYearRate(kpi, { ...rate('219.4%'), column: 7 })).toEqual({
      fiscalYear: h18,
      printed: '219.4%',
      computed: '219.5%',
      match: false,
      mismatch:
        "KPI 1: the H18 rate printed is 219.4%, but the year's actual against its plan gives 219.5%",
      column: 7,
    });
    expect(checkYearRate(kpi, rate('219.5%'))).toMatchObject({ computed: '219.5%', match: true });
  });

  it('a year with no plan, in a KPI planned year by year, gives none', () => {
    const otherYear = [{ fiscalYear: fiscalYear(2007), figure: figure('1030') }];
    expect(yearRateMismatch({ ...kpi, milestones: otherYear }, rate('219.5%'))).toContain(
      'has no plan',
    );
  });

  it('a year whose plan is the target of a line of plans is reckoned against it (目標 H17 H18: H18’s the target)', () => {
    const planned = {
      ...kpi,
      milestones: [{ fiscalYear: fiscalYear(2005), figure: figure('800') }],
      target: { kind: 'value', value: decimal('950'), fiscalYear: h18 },
    } as unknown as Kpi;
    expect(yearRateMismatch(planned, rate('219.5%'))).toBeNull();
    const later = { ...planned, target: { ...planned.target, fiscalYear: fiscalYear(2010) } };
    expect(yearRateMismatch(later as Kpi, rate('219.5%'))).toContain('has no plan');
  });

  it('with no yearly plan at all, the year is reckoned against the target (御所市 23年度 against 平成32年)', () => {
    const unplanned = { ...kpi, milestones: [] };
    expect(yearRateMismatch(unplanned, rate('40.6%'))).toBeNull();
    expect(yearRateMismatch(unplanned, rate('219.5%'))).toContain('gives 40.6%');
  });

  it('with no yearly plan, a bound is the target its years are reckoned against (「5,140以上」)', () => {
    const bounded = {
      ...kpi,
      milestones: [],
      target: { kind: 'at-least', value: decimal('5140'), fiscalYear: null },
    } satisfies Kpi;
    expect(checkYearRate(bounded, rate('40.6%'))).toMatchObject({ computed: '40.6%', match: true });
  });
});

describe('the rule of a KPI that prints rates for its years only', () => {
  // 小坂町 職員数: plans 73, 71 and actuals 72, 72 for H19, H20; 乖離率 1.4%, −1.4%.
  const [h19, h20] = [fiscalYear(2007), fiscalYear(2008)];
  const staff = {
    ...kpi,
    target: { kind: 'value', value: decimal('63'), fiscalYear: fiscalYear(2011) },
    milestones: [
      { fiscalYear: h19, figure: figure('73') },
      { fiscalYear: h20, figure: figure('71') },
    ],
    actuals: [
      { fiscalYear: h19, figure: figure('72') },
      { fiscalYear: h20, figure: figure('72') },
    ],
  } satisfies Kpi;
  const printed = (fiscalYear: typeof h19, text: string, label = '乖離率') => ({
    ...rate(text),
    fiscalYear,
    label,
  });
  it('is the gap to each year’s plan, (A − B) ÷ A, when every year rate agrees', () => {
    const rates = [printed(h19, '1.4%'), printed(h20, '-1.4%')];
    expect(yearRatesRule(staff, rates, 'half-up')).toMatchObject({
      rule: { formula: 'gap', basis: 'latest' },
      rounding: 'half-up',
    });
  });
  it('is cut off (切り捨て) when every year rate agrees only so (茨城県 129.075 → 129.0%)', () => {
    const planned = {
      ...staff,
      milestones: [
        { fiscalYear: h19, figure: figure('4000') },
        { fiscalYear: h20, figure: figure('6000') },
      ],
      actuals: [
        { fiscalYear: h19, figure: figure('5163') },
        { fiscalYear: h20, figure: figure('7077') },
      ],
    } satisfies Kpi;
    const rates = [printed(h19, '129.0%', '達成率'), printed(h20, '117.9%', '達成率')];
    expect(yearRatesRule(planned, rates, 'half-up')).toMatchObject({
      rule: { formula: 'ratio' },
      rounding: 'truncate',
    });
    const halfUp = [printed(h19, '129.1%', '達成率'), printed(h20, '117.9%', '達成率')];
    expect(yearRatesRule(planned, halfUp, 'half-up')).toBeNull();
    // One rate alone says nothing of the rounding: no cut off read from it.
    expect(yearRatesRule(planned, [printed(h19, '129.0%', '達成率')], 'half-up')).toBeNull();
  });
  it('is no gap when the rates are headed 達成率: the header must name the gap', () => {
    const rates = [printed(h19, '1.4%', '達成率'), printed(h20, '-1.4%', '達成率')];
    expect(yearRatesRule(staff, rates, 'half-up')).toBeNull();
  });
  it('is none when a year rate disagrees with the rule the first gives', () => {
    const rates = [printed(h19, '1.4%'), printed(h20, '2.0%')];
    expect(yearRatesRule(staff, rates, 'half-up')).toBeNull();
  });
});

describe('a rate printed for the report year against that year’s plan, before a final target', () => {
  const table = [
    '指標\t令和3年度\t\t\t令和4年度\t\t\t最終目標',
    '\t目標\t実績\t達成率\t目標\t実績\t達成率\t(R6)',
    '健診受診率(%)\t45\t41\t91.1%\t50\t46\t92.0%\t60',
    '健康教室参加者(人)\t800\t720\t90.0%\t850\t880\t103.5%\t1,000',
  ];

  it('is the KPI’s rate against the report year’s own plan (a milestone), not against the final target', () => {
    const result = checkReport(importReportTable(readTsv('t.tsv', table.join('\n'))));
    expect(
      result.kpis.map((k) => [
        k.printed,
        k.match,
        k.basis,
        k.yearRates.map((r) => [r.year, r.printed, r.match]),
      ]),
    ).toEqual([
      ['92.0%', true, 'milestone', [['R3', '91.1%', true]]],
      ['103.5%', true, 'milestone', [['R3', '90.0%', true]]],
    ]);
    expect(result.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(result.yearRates).toEqual({ printed: 2, matched: 2 });
    expect(result.problems).toEqual([]);
  });

  it('stays the KPI’s own where another reading explains it: next year’s plan kept as printed', () => {
    // R6目標 is next year's plan, no final target: the rate headed R5 is the KPI's against R5's.
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '指標\t基準値\tR5目標\tR5実績\tR5達成率(％)\tR6目標',
          '人口の社会増減（人）\t－250\t－100\t－160\t60.0\t－50',
          '健診受診率（％）\t40.0\t50.0\t47.5\t95\t52.0',
        ].join('\n'),
      ),
    );
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.printed, k.match])).toEqual([
      ['60.0%', true],
      ['95%', true],
    ]);
    expect(result.yearRates).toEqual({ printed: 0, matched: 0 });
  });

  it('stays the KPI’s own where the final target gives it', () => {
    // R4's plan the final target itself: 46 ÷ 50 is the KPI's rate.
    const own = table.map((l) => l.replace('\t60', '\t50').replace('\t1,000', '\t850'));
    const result = checkReport(importReportTable(readTsv('t.tsv', own.join('\n'))));
    expect(result.kpis.map((k) => [k.printed, k.match])).toEqual([
      ['92.0%', true],
      ['103.5%', true],
    ]);
  });
});

describe('a year rate of a KPI to bring down printed as actual ÷ plan (御所市 ごみの量 ダウン)', () => {
  const gose = {
    ...iwaki,
    code: '2',
    direction: 'decrease',
    basis: 'latest',
    target: { kind: 'value', value: decimal('580'), fiscalYear: null },
    milestones: [],
    actuals: [{ fiscalYear: h18, figure: figure('581') }],
  } as const satisfies Partial<Kpi>;

  it('is said to be printed as for a figure to raise, and not adopted: 581 ÷ 580 = 100.2%, 580 ÷ 581 = 99.8%', () => {
    const checked = checkYearRate(gose as unknown as Kpi, rate('100.2%'));
    expect(checked.match).toBe(false);
    expect(checked.computed).toBe('99.8%');
    expect(checked.mismatch).toContain('printed as actual ÷ target');
  });

  it('says only the plain mismatch where actual ÷ plan does not give it either', () => {
    const checked = checkYearRate(gose as unknown as Kpi, rate('90.0%'));
    expect(checked.mismatch).toContain("the year's actual against its plan gives 99.8%");
  });
});
