import { describe, expect, it } from 'vitest';
import { gradeLegendLines } from './grade-legend.ts';

describe('gradeLegendLines', () => {
  it('defines each grade by its cut, the last by the cut above it (A ≥ 100 … D < 60)', () => {
    expect(gradeLegendLines(['A', 'B', 'C', 'D'], [100, 80, 60])).toEqual([
      { kind: 'from', grade: 'A', cut: 100 },
      { kind: 'from', grade: 'B', cut: 80 },
      { kind: 'from', grade: 'C', cut: 60 },
      { kind: 'below', grade: 'D', cut: 60 },
    ]);
  });

  it('takes a scale of one grade as every rate', () => {
    expect(gradeLegendLines(['済'], [])).toEqual([{ kind: 'all', grade: '済' }]);
  });
});
