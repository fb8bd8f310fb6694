import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('the run’s fast-check seed', () => {
  it('is the one global-setup printed (MIERUKA_FC_SEED), so a property’s first case replays', () => {
    const seed = Number(process.env.MIERUKA_FC_SEED);
    expect(Number.isInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal().seed).toBe(seed);
    const draw = () => fc.sample(fc.integer(), { numRuns: 3 });
    expect(draw()).toEqual(draw());
  });
});
