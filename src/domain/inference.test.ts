import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import { inferDirection, inferRateRule, namesBaseChange } from './inference.ts';
import { parsePrintedRate } from './rate-format.ts';
import type { PrintedRate } from './rate-format.ts';
import {
  figure,
  kpi1,
  kpi10,
  kpi11,
  kpi17,
  kpi7,
  yuzawaKpi,
} from '../../test/support/yuzawa-kpis.ts';

const R5 = fiscalYear(2023);
const printed = (text: string): PrintedRate => {
  const rate = parsePrintedRate(text);
  if (!rate) throw new Error(text);
  return rate;
};
const baseline = (value: string) => ({ value: decimal(value), fiscalYear: null });
const target = (kind: 'value' | 'at-least' | 'at-most', value: string) => ({
  kind,
  value: decimal(value),
  fiscalYear: null,
});

describe('inferDirection', () => {
  it('reads it off baseline → target', () => {
    expect(inferDirection(baseline('78'), target('value', '200'))).toBe('increase');
    expect(inferDirection(baseline('299963'), target('value', '264000'))).toBe('decrease');
    expect(inferDirection(baseline('5'), target('value', '5.0'))).toBe('maintain');
    expect(inferDirection(null, target('value', '2'))).toBe('increase');
  });
  it('takes it from a floor or a ceiling', () => {
    expect(inferDirection(baseline('95'), target('at-most', '90'))).toBe('decrease');
    expect(inferDirection(null, target('at-least', '80'))).toBe('increase');
  });
});

describe('inferRateRule', () => {
  // R3–R5 plans of 30,000 a year (milestones), the final R7 target 30,000; actuals 29,500, 30,000, 30,000.
  const savings = yuzawaKpi({
    code: '1',
    target: { kind: 'value', value: decimal('30000'), fiscalYear: fiscalYear(2025) },
    milestones: [
      { fiscalYear: fiscalYear(2021), figure: figure('30000') },
      { fiscalYear: fiscalYear(2022), figure: figure('30000') },
      { fiscalYear: fiscalYear(2023), figure: figure('40000') },
    ],
    actuals: [
      { fiscalYear: fiscalYear(2021), figure: figure('29500') },
      { fiscalYear: fiscalYear(2022), figure: figure('30000') },
      { fiscalYear: fiscalYear(2023), figure: figure('30000') },
    ],
  });
  it('finds a rate against the year’s own plan (R5実績 30,000 ÷ R5計画 40,000 = 75.0%)', () => {
    expect(inferRateRule(savings, R5, printed('75.0%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'milestone', formula: 'ratio' },
    });
  });
  it('finds the period’s actuals against its plans summed (89,500 ÷ 100,000 = 89.5%)', () => {
    expect(inferRateRule(savings, R5, printed('89.5%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'milestone-sum', formula: 'ratio' },
    });
  });
  it('tries the yearly plans only where the KPI has some, after its target', () => {
    expect(inferRateRule(savings, R5, printed('100.0%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'latest' },
    });
    const result = inferRateRule(kpi1, R5, printed('64%'));
    expect(result.kind === 'unmatched' && result.reason).not.toContain('milestone');
  });
  it('keeps the latest year when it reproduces the print (① 50%)', () => {
    expect(inferRateRule(kpi1, R5, printed('50%'))).toEqual({
      kind: 'matched',
      rule: { direction: 'increase', basis: 'latest', formula: 'ratio' },
      rounding: 'half-up',
    });
  });
  it('finds ⑩’s cumulative basis, ⑪’s sum over the period, ⑰’s cumulative from departments', () => {
    expect(inferRateRule(kpi10, R5, printed('43%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'cumulative' },
    });
    expect(inferRateRule(kpi11, R5, printed('75%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'period-sum' },
    });
    expect(inferRateRule(kpi17, R5, printed('76%'))).toMatchObject({
      kind: 'matched',
      rule: { basis: 'cumulative' },
    });
  });
  it('finds a progress formula when a city prints one (⑦ as 46.7%)', () => {
    expect(inferRateRule(kpi7, R5, printed('46.7%'))).toMatchObject({
      kind: 'matched',
      rule: { formula: 'progress' },
    });
  });
  it('says what each candidate gave when nothing reproduces the print', () => {
    const result = inferRateRule(kpi1, R5, printed('64%'));
    expect(result.kind).toBe('unmatched');
    expect(result.kind === 'unmatched' && result.reason).toContain('ratio/latest: 50%');
    expect(result.kind === 'unmatched' && result.reason).toContain('ratio/period-sum: 200%');
  });
  it('without a printed rate, keeps the latest basis for a single-year KPI', () => {
    expect(inferRateRule(kpi1, R5, null)).toMatchObject({
      kind: 'no-printed-rate',
      rule: { basis: 'latest' },
    });
  });
});

describe('inferRateRule with a direction read off the first actual', () => {
  // 茨城県 雇用創出数: no baseline, 2,748 in H27 against a plan of 2,000 a year reads as a
  // decrease; the printed 137.4% is actual ÷ plan, an increase.
  const guessed = {
    ...kpi1,
    baseline: null,
    direction: 'decrease' as const,
    target: { kind: 'value' as const, value: decimal('2000'), fiscalYear: null },
    actuals: [{ fiscalYear: R5, figure: figure('2748') }],
  };
  it('tries the other direction after it when no baseline is printed', () => {
    expect(inferRateRule(guessed, R5, printed('137.4%'))).toMatchObject({
      kind: 'matched',
      rule: { direction: 'increase', formula: 'ratio' },
    });
    expect(inferRateRule(guessed, R5, printed('72.8%'))).toMatchObject({
      kind: 'matched',
      rule: { direction: 'decrease' },
    });
  });
  it('keeps a decrease a printed baseline says', () => {
    const based = { ...guessed, baseline: baseline('3000') };
    expect(inferRateRule(based, R5, printed('137.4%')).kind).toBe('unmatched');
  });
  it('says when a decrease is printed as actual ÷ target, not adopting it (御所市 ごみの量)', () => {
    // ダウン 611 → 580 g, 586 in the report year, printed 586 ÷ 580 = 101.0%.
    const waste = {
      ...guessed,
      baseline: baseline('611'),
      target: { kind: 'value' as const, value: decimal('580'), fiscalYear: null },
      actuals: [{ fiscalYear: R5, figure: figure('586') }],
    };
    const inference = inferRateRule(waste, R5, printed('101.0%'));
    expect(inference).toMatchObject({ kind: 'unmatched', rule: { direction: 'decrease' } });
    expect(inference.kind === 'unmatched' && inference.reason).toMatch(
      /^printed as actual ÷ target \(the report year's actual\): .* Mieruka computes target ÷ actual \(ratio\/latest: 99\.0%/,
    );
    const other = inferRateRule(waste, R5, printed('95.0%'));
    expect(other.kind === 'unmatched' && other.reason).toMatch(/^no basis or formula/);
  });
  it('says when a table capped a rate at 100%, not adopting it', () => {
    const over = { ...guessed, direction: 'increase' as const, baseline: baseline('1000') };
    const capped = inferRateRule(over, R5, printed('100.0%'));
    expect(capped.kind === 'unmatched' && capped.reason).toMatch(
      /^capped at 100%: the printed 100.0% where the figures give more; .*ratio\/latest: 137.4%/,
    );
    const under = { ...over, actuals: [{ fiscalYear: R5, figure: figure('1900') }] };
    const missed = inferRateRule(under, R5, printed('100.0%'));
    expect(missed.kind === 'unmatched' && missed.reason).toMatch(/^no basis or formula/);
  });
});

describe('inferRateRule with a change against the base year', () => {
  // 八頭町's plan: 234 staff in H27, 231 in H28, printed 削減率(累計) ▲1.28% (3 ÷ 234).
  const staff = yuzawaKpi({
    code: '職員数',
    baseline: { value: decimal('234'), fiscalYear: fiscalYear(2015) },
    target: { kind: 'value', value: decimal('221'), fiscalYear: fiscalYear(2020) },
    direction: 'decrease',
    actuals: [{ fiscalYear: fiscalYear(2016), figure: figure('231') }],
  });
  const H28 = fiscalYear(2016);
  const headed = '削減率(累計)';
  it('reads ▲1.28% as (actual − baseline) ÷ baseline', () => {
    expect(inferRateRule(staff, H28, printed('▲1.28%'), 'half-up', headed)).toEqual({
      kind: 'matched',
      rule: { direction: 'decrease', basis: 'latest', formula: 'change' },
      rounding: 'half-up',
    });
  });
  it('reads 1.28% as the cut as a share of the base', () => {
    expect(inferRateRule(staff, H28, printed('1.28%'), 'half-up', headed)).toMatchObject({
      kind: 'matched',
      rule: { formula: 'reduction' },
    });
  });
  it('reads a cut as a figure to bring down, and a 0.0% under a cut (純 減 率) as no cut', () => {
    const rising = { ...staff, direction: 'increase' as const };
    expect(inferRateRule(rising, H28, printed('1.28%'), 'half-up', headed)).toMatchObject({
      rule: { direction: 'decrease', formula: 'reduction' },
    });
    const flat = { ...rising, target: null, actuals: [{ fiscalYear: H28, figure: figure('234') }] };
    expect(inferRateRule(flat, H28, printed('0.0%'), 'half-up', '純 減 率')).toMatchObject({
      rule: { direction: 'decrease', formula: 'reduction' },
    });
    // Under 増減率 a 0.0% is no change, the KPI's direction kept.
    expect(inferRateRule(flat, H28, printed('0.0%'), 'half-up', '増減率')).toMatchObject({
      rule: { direction: 'increase', formula: 'change' },
    });
  });

  it('tries no change under a header that does not name one (達成率, or none)', () => {
    expect(inferRateRule(staff, H28, printed('▲1.28%'), 'half-up', '達成率').kind).toBe(
      'unmatched',
    );
    expect(inferRateRule(staff, H28, printed('1.28%')).kind).toBe('unmatched');
  });
  it('keeps a rate the target explains a ratio, tried first (⑦ 93%)', () => {
    expect(inferRateRule(kpi7, R5, printed('93%'))).toMatchObject({ rule: { formula: 'ratio' } });
  });
  it('tries no change without a baseline', () => {
    const result = inferRateRule(
      { ...staff, baseline: null },
      H28,
      printed('▲1.28%'),
      'half-up',
      headed,
    );
    expect(result.kind).toBe('unmatched');
  });
});

describe('inferRateRule, figures below zero (社会増減数)', () => {
  // 社会増減数 −300 (R1) → −100 (R8), −200 in R5: a third of the way is 50%, not 200% or 50% by chance.
  const migration = yuzawaKpi({
    code: '⑳',
    unit: '人',
    baseline: baseline('-300'),
    target: target('value', '-100'),
    actuals: [{ fiscalYear: R5, figure: figure('-200') }],
  });

  it('takes progress from the baseline where no rate is printed, never a ratio of two negatives', () => {
    const result = inferRateRule(migration, R5, null);
    expect(result).toMatchObject({ kind: 'no-printed-rate', rule: { formula: 'progress' } });
  });
  it('finds a printed 50% by progress first', () => {
    expect(inferRateRule(migration, R5, printed('50%'))).toMatchObject({
      kind: 'matched',
      rule: { formula: 'progress', direction: 'increase' },
    });
  });
  it('keeps the ratio for figures above zero where no rate is printed (② 78 → 200)', () => {
    const plain = { ...migration, baseline: baseline('78'), target: target('value', '200') };
    expect(inferRateRule(plain, R5, null).rule.formula).toBe('ratio');
  });
});

describe('inferRateRule, formulas against the target other cities print', () => {
  it('finds 2 − actual ÷ target for a figure to bring down (長崎市 不登校 0.30 → 0.24: 120.0%)', () => {
    const truancy = yuzawaKpi({
      code: '2',
      baseline: baseline('0.40'),
      target: target('value', '0.30'),
      direction: 'decrease',
      actuals: [{ fiscalYear: R5, figure: figure('0.24') }],
    });
    expect(inferRateRule(truancy, R5, printed('120.0%'))).toMatchObject({
      kind: 'matched',
      rule: { formula: 'two-minus-ratio', direction: 'decrease' },
    });
    // Not for a figure its baseline says is to raise: 2 − 0.24 ÷ 0.30 is no rate of an increase.
    expect(
      inferRateRule(
        { ...truancy, direction: 'increase', baseline: baseline('0.20') },
        R5,
        printed('120.0%'),
      ).kind,
    ).toBe('unmatched');
  });
  it('tries 2 − actual ÷ target when no baseline says which way the figure goes', () => {
    // 行政改革 コピー用紙使用量 2,240 千枚 against 2,000: 88.0%, read as a figure to bring down.
    const paper = yuzawaKpi({
      code: '3',
      target: target('value', '2000'),
      actuals: [{ fiscalYear: R5, figure: figure('2240') }],
    });
    expect(inferRateRule(paper, R5, printed('88.0%'))).toMatchObject({
      kind: 'matched',
      rule: { formula: 'two-minus-ratio', direction: 'decrease' },
    });
    // The ratio of an increase (112.0%) comes first where it is what was printed.
    expect(inferRateRule(paper, R5, printed('112.0%'))).toMatchObject({
      kind: 'matched',
      rule: { formula: 'ratio', direction: 'increase' },
    });
  });
  it('finds the deviation from the target only under a header naming a gap (乖離率)', () => {
    const cost = yuzawaKpi({
      code: '1',
      target: target('value', '120'),
      actuals: [{ fiscalYear: R5, figure: figure('126') }],
    });
    expect(inferRateRule(cost, R5, printed('5.0%'), 'half-up', '乖離率')).toMatchObject({
      kind: 'matched',
      rule: { formula: 'deviation' },
    });
    expect(inferRateRule(cost, R5, printed('5.0%'), 'half-up', '達成率').kind).toBe('unmatched');
  });
});

describe('a rate header naming a change against a base year', () => {
  it('includes one against the year it names (市川市 「対 H18 年度比率」), not a ratio to the plan', () => {
    expect(namesBaseChange('対 H18 年度比率')).toBe(true);
    // Its year typed in full width, as a Japanese input mode writes it.
    expect(namesBaseChange('対 H１８ 年度比率')).toBe(true);
    expect(namesBaseChange('増減率')).toBe(true);
    expect(namesBaseChange('対計画比')).toBe(false);
    expect(namesBaseChange('達成率')).toBe(false);
  });
});
