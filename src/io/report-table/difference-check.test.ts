import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { figureOf } from '../../domain/figure.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { differenceMismatch, expectedDifferences } from './difference-check.ts';

const h20 = fiscalYear(2008);
/** 三田市 H20 【適正化】: 計画額a 347.0, 実績額b 400.3, 差b-a 53.3. */
const kpi = {
  code: '1',
  actuals: [{ fiscalYear: h20, figure: figureOf(decimal('400.3')) }],
  target: { kind: 'value' as const, value: decimal('347.0'), fiscalYear: null },
};

describe('a printed difference (差b-a)', () => {
  it('is the actual less the target, the reverse, or either for a bare 差', () => {
    expect(expectedDifferences(kpi, 'actual-target', h20)).toEqual(['53.3']);
    expect(expectedDifferences(kpi, 'target-actual', h20)).toEqual(['-53.3']);
    expect(expectedDifferences(kpi, 'either', h20)).toEqual(['53.3', '-53.3']);
    expect(expectedDifferences({ ...kpi, target: null }, 'actual-target', h20)).toEqual([]);
  });

  it('agrees whatever its decimals (三田市 H19 prints 13 for 13.0), and says so when it does not', () => {
    const order = 'actual-target' as const;
    expect(differenceMismatch(kpi, { value: decimal('53.30'), order }, h20)).toBeNull();
    expect(differenceMismatch(kpi, { value: decimal('53'), order }, h20)).toBe(
      'KPI 1: the difference printed is 53, but its actual less target is 53.3',
    );
  });

  it('with no target, is the latest actual’s change from the baseline (軽米町 純減実績 163 − 128 = 35)', () => {
    const h16 = fiscalYear(2004);
    const staff = {
      code: '1',
      baseline: { value: decimal('163'), fiscalYear: fiscalYear(1999) },
      actuals: [
        { fiscalYear: fiscalYear(1999), figure: figureOf(decimal('163')) },
        { fiscalYear: h16, figure: figureOf(decimal('128')) },
      ],
      target: null,
    };
    // The report year (H22) is after the span's last year: its latest actual, H16's, counts.
    expect(expectedDifferences(staff, 'either', fiscalYear(2010))).toEqual(['35', '-35']);
    expect(differenceMismatch(staff, { value: decimal('35'), order: 'either' }, h16)).toBeNull();
    expect(differenceMismatch(staff, { value: decimal('36'), order: 'either' }, h16)).toBe(
      'KPI 1: the difference printed is 36, but its change from the baseline is 35',
    );
  });
});
