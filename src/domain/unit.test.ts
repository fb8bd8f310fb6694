import { describe, expect, it } from 'vitest';
import { isKnownUnit, normalizeUnit } from './unit.ts';

describe('isKnownUnit', () => {
  it('knows the seed units, money, magnitudes and rates', () => {
    for (const unit of ['件', '人', '%', 'm²', '億円', '回', '百万円', '千人', '人/日'])
      expect([unit, isKnownUnit(unit)]).toEqual([unit, true]);
    expect(isKnownUnit(normalizeUnit('m ²'))).toBe(true);
  });
  it('does not know ⑦\'s "m ²" once CP932 lost the ² ("m ?"), nor a stray word', () => {
    expect(isKnownUnit(normalizeUnit('m ?'))).toBe(false);
    expect(isKnownUnit('あいう')).toBe(false);
  });
});
