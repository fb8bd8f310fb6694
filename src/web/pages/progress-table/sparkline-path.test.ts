import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './sparkline-path.ts';

describe('sparklinePoints', () => {
  it('spreads the years across the box, the lowest figure at the bottom', () => {
    // ⑦ 延床面積 R3–R5: 290,000 → 283,179 (falling), in a 100 × 20 box with 0 padding.
    expect(sparklinePoints([290000, 283179], 100, 20, 0)).toBe('0,0 100,20');
  });

  it('leaves a year without a figure out, keeping the others in their slots', () => {
    expect(sparklinePoints([1, null, 3], 100, 20, 0)).toBe('0,20 100,0');
  });

  it('draws a flat line mid-height when every figure is the same', () => {
    expect(sparklinePoints([5, 5], 100, 20, 0)).toBe('0,10 100,10');
  });

  it('draws nothing without figures and a single point in the middle for one', () => {
    expect(sparklinePoints([null, null], 100, 20)).toBe('');
    expect(sparklinePoints([7], 100, 20)).toBe('50,10');
  });
});
