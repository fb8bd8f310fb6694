import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { kpiRange, outsideRange, rangeProblem, validRange } from './valid-range.ts';

describe('the range a KPI’s figures lie in', () => {
  it('is the one the KPI declares, else its unit’s, else open', () => {
    expect(kpiRange({ unit: '%' })).toEqual({ min: 0, max: 100 });
    expect(kpiRange({ unit: '%', validRange: { min: 0, max: 150 } })).toEqual({ min: 0, max: 150 });
    expect(kpiRange({ unit: '％', validRange: null })).toEqual(validRange('%'));
    expect(kpiRange({ unit: '億円' })).toBeNull();
    expect(kpiRange({ unit: '億円', validRange: { min: -5, max: null } })).toEqual({
      min: -5,
      max: null,
    });
  });

  it('refuses a declared range whose lowest value is above its highest', () => {
    expect(rangeProblem({ min: 10, max: 5 })).toBe('the lowest value 10 is above the highest 5');
    expect(rangeProblem({ min: 5, max: 5 })).toBeNull();
    expect(rangeProblem({ min: null, max: -1 })).toBeNull();
  });

  it('tells a value outside its bounds, open bounds holding anything', () => {
    expect(outsideRange({ min: 0, max: 150 }, decimal('150'))).toBe(false);
    expect(outsideRange({ min: 0, max: 150 }, decimal('150.1'))).toBe(true);
    expect(outsideRange({ min: null, max: 10 }, decimal('-1000'))).toBe(false);
    expect(outsideRange(null, decimal('-1'))).toBe(false);
  });
});
