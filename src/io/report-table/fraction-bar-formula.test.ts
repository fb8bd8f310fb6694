import { describe, expect, it } from 'vitest';
import { fractionBarFormula } from './fraction-bar-formula.ts';

describe('fractionBarFormula', () => {
  it('reads the letters over and under a bar, the ×100 beside it (市町村税の徴収実績)', () => {
    expect(fractionBarFormula('徴 収 率 (%) E ─ ×100 A')).toEqual({
      numerator: 'e',
      denominator: 'a',
    });
    expect(fractionBarFormula('徴収率(%)G─×100C')).toEqual({ numerator: 'g', denominator: 'c' });
  });

  it('reads a bar the lines of a cell put between the letters', () => {
    expect(fractionBarFormula('F\n─\nB')).toEqual({ numerator: 'f', denominator: 'b' });
    expect(fractionBarFormula('率 B ×100 ― A')).toEqual({ numerator: 'b', denominator: 'a' });
  });

  it('reads no hyphen, no word of letters, and no header without a bar', () => {
    expect(fractionBarFormula('差b-a')).toBeNull();
    expect(fractionBarFormula('KPI ─ 指標')).toBeNull();
    expect(fractionBarFormula('徴収率 E/A')).toBeNull();
    expect(fractionBarFormula('─')).toBeNull();
  });
});
