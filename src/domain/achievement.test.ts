import { describe, expect, it } from 'vitest';
import { achievement, achievementWith, baseChangeRatio, rateView } from './achievement.ts';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import { measuredValue } from './measured-value.ts';
import type { Kpi } from './model.ts';
import { DEFAULT_RATE_PRECISION, formatRate } from './rate-format.ts';
import type { RatePrecision } from './rate-format.ts';
import {
  kpi1,
  kpi10,
  kpi11,
  kpi16,
  kpi17,
  kpi2,
  kpi7,
  kpi9,
  figure,
  yuzawaKpi,
  years,
} from '../../test/support/yuzawa-kpis.ts';

const R5 = fiscalYear(2023);
const view = (kpi: Kpi) =>
  rateView(achievement(kpi, R5), DEFAULT_RATE_PRECISION, DEFAULT_GRADE_SCALE);

describe('achievement rates of the Yuzawa rows', () => {
  it('an increase is actual ÷ target: ① 1/2 = 50%, ② 439/200 = 220%', () => {
    expect(view(kpi1)).toEqual({ rate: '50%', grade: 'D' });
    expect(view(kpi2)).toEqual({ rate: '220%', grade: 'A' });
  });
  it('a decrease is target ÷ actual: ⑦ 264,000/283,179 = 93%, ⑯ 8.41/8.39 = 100.2%', () => {
    expect(view(kpi7)).toEqual({ rate: '93%', grade: 'B' });
    expect(view(kpi16)).toEqual({ rate: '100.2%', grade: 'A' });
  });
  it('no target, no rate (⑨), which is not 0%', () => {
    expect(achievement(kpi9, R5)).toEqual({ kind: 'none', reason: 'no-target' });
    expect(view(kpi9)).toEqual({ rate: null, grade: null });
  });
  it('a cumulative basis reads the printed 累計 row: ⑩ 3 of 7 = 43%', () => {
    expect(view({ ...kpi10, basis: 'cumulative' }).rate).toBe('43%');
    expect(view(kpi10).rate).toBe('0%');
  });
  it('without a printed 累計 row, cumulative is baseline + the yearly figures: ⑰ 11+1+1 = 13 of 17 = 76%', () => {
    expect(measuredValue(kpi17, 'cumulative', R5)?.value).toBe('13');
    expect(view({ ...kpi17, basis: 'cumulative' }).rate).toBe('76%');
  });
  it('a sum over the period: ⑪ (3+8+4)/20 = 75%', () => {
    expect(measuredValue(kpi11, 'period-sum', R5)).toEqual({ value: '15', fiscalYear: 2023 });
    expect(view({ ...kpi11, basis: 'period-sum' }).rate).toBe('75%');
    expect(view(kpi11).rate).toBe('20%');
  });
  it('sums the departments for the KPI’s own yearly value (⑰ R3: 0 + 0 + 1)', () => {
    expect(measuredValue(kpi17, 'latest', fiscalYear(2021))?.value).toBe('1');
  });
  it('progress from the baseline: (actual − baseline) ÷ (target − baseline)', () => {
    const result = achievementWith(kpi7, R5, {
      direction: 'decrease',
      basis: 'latest',
      formula: 'progress',
    });
    // (283,179 − 299,963) ÷ (264,000 − 299,963) = 16,784 ÷ 35,963 = 46.7%
    expect(rateView(result, { decimals: 1, widenNear100: false }, DEFAULT_GRADE_SCALE).rate).toBe(
      '46.7%',
    );
  });
  it('the latest basis falls back to the last year with a figure, and says which', () => {
    const kpi = yuzawaKpi({
      code: 'x',
      target: { kind: 'value', value: decimal('10'), fiscalYear: null },
      actuals: years('4', '5', ''),
    });
    expect(measuredValue(kpi, 'latest', R5)).toEqual({ value: '5', fiscalYear: 2022 });
  });
  it('a maintain target of zero is met by zero, and never divides by zero', () => {
    const kpi = yuzawaKpi({
      code: 'x',
      direction: 'maintain',
      target: { kind: 'maintain', value: decimal('0'), fiscalYear: null },
      actuals: years('0', '0', '0'),
    });
    expect(view(kpi).rate).toBe('100%');
    expect(achievement({ ...kpi, actuals: years('1', '1', '2') }, R5)).toEqual({
      kind: 'none',
      reason: 'division-by-zero',
    });
  });
  it('bringing a figure down to a target of zero: 0% on the way, 100% at zero', () => {
    const kpi = {
      ...kpi7,
      target: { kind: 'value' as const, value: decimal('0'), fiscalYear: null },
    };
    expect(view({ ...kpi, actuals: years('9', '6', '3') }).rate).toBe('0%');
    expect(view({ ...kpi, actuals: years('9', '6', '0') }).rate).toBe('100%');
  });
  it('a decrease measured at zero has no rate rather than infinity', () => {
    const kpi = { ...kpi7, actuals: years('1', '1', '0') };
    expect(achievement(kpi, R5)).toEqual({ kind: 'none', reason: 'division-by-zero' });
  });
});

describe('changes against the base year (増減率, 純減率)', () => {
  const oneDecimal: RatePrecision = { decimals: 1, widenNear100: false };
  const printedChange = (formula: 'change' | 'reduction', actual: string, base: string) => {
    const ratio = baseChangeRatio(formula, decimal(actual), decimal(base));
    return typeof ratio === 'string' ? ratio : formatRate(ratio, oneDecimal);
  };
  it('a change is (actual − baseline) ÷ baseline, signed: 三重県 市 (16,101 − 16,363) ÷ 16,363 → ▲1.6%', () => {
    expect(printedChange('change', '16101', '16363')).toBe('-1.6%');
    expect(printedChange('change', '2542', '2550')).toBe('-0.3%');
  });
  it('a reduction is the cut as a share of the base: 軽米町 (163 − 128) ÷ 163 → 21.5%, a rise negative', () => {
    expect(printedChange('reduction', '128', '163')).toBe('21.5%');
    expect(printedChange('reduction', '35', '17')).toBe('-105.9%');
  });
  it('needs a base that is not zero', () => {
    expect(baseChangeRatio('change', decimal('3'), null)).toBe('no-baseline');
    expect(baseChangeRatio('reduction', decimal('3'), decimal('0'))).toBe('division-by-zero');
  });
  it('needs no target: a KPI with a baseline and no target has a change rate (三重県 市)', () => {
    const city = yuzawaKpi({
      code: '市',
      baseline: { value: decimal('16363'), fiscalYear: fiscalYear(2010) },
      actuals: [{ fiscalYear: fiscalYear(2011), figure: figure('16101') }],
    });
    const rule = { direction: 'increase', basis: 'latest', formula: 'change' } as const;
    const result = achievementWith(city, fiscalYear(2011), rule);
    expect(result.kind === 'rate' && formatRate(result.ratio, oneDecimal)).toBe('-1.6%');
    expect(result.kind === 'rate' && result.target).toBeNull();
    expect(achievementWith(city, fiscalYear(2011), { ...rule, formula: 'ratio' })).toEqual({
      kind: 'none',
      reason: 'no-target',
    });
  });
});

describe('the gap to the target (乖離率)', () => {
  it('is (target − actual) ÷ target: 小坂町 職員数 H23 (63 − 66) ÷ 63 → −4.8%', () => {
    const staff = yuzawaKpi({
      code: '3',
      target: { kind: 'value', value: decimal('63'), fiscalYear: fiscalYear(2011) },
      actuals: [{ fiscalYear: fiscalYear(2011), figure: figure('66') }],
    });
    const result = achievementWith(staff, fiscalYear(2011), {
      direction: 'increase',
      basis: 'latest',
      formula: 'gap',
    });
    const oneDecimal: RatePrecision = { decimals: 1, widenNear100: false };
    expect(result.kind === 'rate' && formatRate(result.ratio, oneDecimal)).toBe('-4.8%');
  });
});

describe('rates against the target signed or mirrored as other cities print them', () => {
  const oneDecimal: RatePrecision = { decimals: 1, widenNear100: false };
  const rateOf = (target: string, actual: string, formula: 'deviation' | 'two-minus-ratio') => {
    const kpi = yuzawaKpi({
      code: '1',
      direction: 'decrease',
      target: { kind: 'value', value: decimal(target), fiscalYear: fiscalYear(2015) },
      actuals: [{ fiscalYear: fiscalYear(2015), figure: figure(actual) }],
    });
    const result = achievementWith(kpi, fiscalYear(2015), {
      direction: 'decrease',
      basis: 'latest',
      formula,
    });
    return result.kind === 'rate' ? formatRate(result.ratio, oneDecimal) : result.reason;
  };
  it('deviation is (actual − target) ÷ target: 126 against a plan of 120 → 5.0%', () => {
    expect(rateOf('120', '126', 'deviation')).toBe('5.0%');
    expect(rateOf('90', '81', 'deviation')).toBe('-10.0%');
  });
  it('two-minus-ratio is 2 − actual ÷ target: 長崎市 0.24 of 0.30 → 120.0%, 0.36 → 80.0%', () => {
    expect(rateOf('0.30', '0.24', 'two-minus-ratio')).toBe('120.0%');
    expect(rateOf('0.30', '0.36', 'two-minus-ratio')).toBe('80.0%');
    expect(rateOf('0', '0.1', 'two-minus-ratio')).toBe('division-by-zero');
  });
});
