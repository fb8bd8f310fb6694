import { describe, expect, it } from 'vitest';
import { achievement, achievementWith } from './achievement.ts';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Kpi } from './model.ts';
import { formatRate } from './rate-format.ts';
import { rateTarget, yearPlan } from './rate-target.ts';
import { years, yuzawaKpi } from '../../test/support/yuzawa-kpis.ts';

const R3 = fiscalYear(2021);
const R4 = fiscalYear(2022);
const R5 = fiscalYear(2023);
const R7 = fiscalYear(2025);

/**
 * 行政改革 効果額 (千円): plans of 30,000 a year to R7 (R3–R5 printed as milestones, the final
 * year's as the target), actuals 29,500 / 30,000 / 30,000.
 */
const savings: Kpi = yuzawaKpi({
  code: '1',
  baseline: { value: decimal('0'), fiscalYear: fiscalYear(2020) },
  target: { kind: 'value', value: decimal('30000'), fiscalYear: R7 },
  milestones: years('30000', '30000', '30000'),
  actuals: years('29500', '30000', '30000'),
});

const rate = (kpi: Kpi, year: FiscalYear, basis: Kpi['basis']) => {
  const result = achievementWith(kpi, year, { direction: 'increase', basis, formula: 'ratio' });
  return result.kind === 'rate'
    ? formatRate(result.ratio, { decimals: 1, widenNear100: false })
    : result.reason;
};

describe('the target a rate is reckoned against', () => {
  it('is the KPI target on the bases against it', () => {
    for (const basis of ['latest', 'cumulative', 'period-sum'] as const)
      expect(rateTarget(savings, basis, R5, R5)).toBe('30000');
  });

  it('is the year’s own plan on the milestone basis (R5実績 ÷ R5目標)', () => {
    const kpi = {
      ...savings,
      milestones: years('10', '20', '40'),
      actuals: years('9', '21', '30'),
    };
    expect(rateTarget(kpi, 'milestone', R5, R5)).toBe('40');
    expect(rate(kpi, R5, 'milestone')).toBe('75.0%');
    expect(rate(kpi, R4, 'milestone')).toBe('105.0%');
    // The same KPI against its final target of 30,000 instead.
    expect(rate(kpi, R5, 'latest')).toBe('0.1%');
  });

  it('is the plans of the period summed on milestone-sum (Σ実績 ÷ Σ計画 = 89,500 ÷ 90,000)', () => {
    expect(rateTarget(savings, 'milestone-sum', R5, R5)).toBe('90000');
    expect(rate(savings, R5, 'milestone-sum')).toBe('99.4%');
    expect(rate(savings, R3, 'milestone-sum')).toBe('98.3%');
  });

  it('takes the target as the plan of its own year, or of every year with no yearly plan', () => {
    expect(yearPlan(savings, R7)).toBe('30000');
    expect(yearPlan({ ...savings, milestones: years('1', '', '') }, R5)).toBeNull();
    expect(yearPlan({ ...savings, milestones: [] }, R5)).toBe('30000');
    // Years up to R5 summed, the target's R7 not among them.
    expect(
      rateTarget({ ...savings, milestones: years('1', '', '2') }, 'milestone-sum', R5, R5),
    ).toBe('3');
  });

  it('counts only the years after the baseline’s, as the period sum of actuals does', () => {
    const kpi = { ...savings, baseline: { value: decimal('0'), fiscalYear: R3 } };
    expect(rateTarget(kpi, 'milestone-sum', R5, R5)).toBe('60000');
    expect(rate(kpi, R5, 'milestone-sum')).toBe('100.0%');
  });

  it('gives no rate, not 0%, where the year has no plan', () => {
    const kpi = { ...savings, milestones: years('10', '', ''), basis: 'milestone' as const };
    expect(achievement(kpi, R5)).toEqual({ kind: 'none', reason: 'no-year-plan' });
    expect(achievement({ ...kpi, target: null }, R3)).toMatchObject({ kind: 'rate' });
    expect(achievement({ ...kpi, target: null, milestones: [] }, R3)).toEqual({
      kind: 'none',
      reason: 'no-year-plan',
    });
  });
});
