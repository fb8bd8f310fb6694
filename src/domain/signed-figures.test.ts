import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { ratioMeaningless } from './signed-figures.ts';
import type { Direction } from './model.ts';

const kpi = (baseline: string | null, target: string | null, direction: Direction) => ({
  baseline: baseline === null ? null : { value: decimal(baseline), fiscalYear: null },
  target:
    target === null ? null : { kind: 'value' as const, value: decimal(target), fiscalYear: null },
  direction,
});

describe('ratioMeaningless', () => {
  it('holds where the baseline or the target is below zero (社会増減数 −300 → −100)', () => {
    expect(ratioMeaningless(kpi('-300', '-100', 'increase'))).toBe(true);
    expect(ratioMeaningless(kpi('-120', '50', 'increase'))).toBe(true);
    expect(ratioMeaningless(kpi('20', '-10', 'decrease'))).toBe(true);
  });
  it('holds for a target of zero, raised to it or brought down to it (待機児童数 15 → 0)', () => {
    expect(ratioMeaningless(kpi('-300', '0', 'increase'))).toBe(true);
    expect(ratioMeaningless(kpi('15', '0', 'decrease'))).toBe(true);
    expect(ratioMeaningless(kpi('0', '0', 'maintain'))).toBe(false);
  });
  it('does not hold for figures above zero (② 78 → 200, ⑦ 299,963 → 264,000)', () => {
    expect(ratioMeaningless(kpi('78', '200', 'increase'))).toBe(false);
    expect(ratioMeaningless(kpi('299963', '264000', 'decrease'))).toBe(false);
  });
  it('does not hold without a baseline to progress from, nor without a target', () => {
    expect(ratioMeaningless(kpi(null, '-100', 'increase'))).toBe(false);
    expect(ratioMeaningless(kpi('-300', null, 'increase'))).toBe(false);
  });
});
