import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import type { ChangeFigures } from './change-grade.ts';
import { changeClass, changeFromBaseline, unchangedBand } from './change-grade.ts';

const figures = (
  measured: string,
  baseline: string | null,
  target: string | null,
  direction: ChangeFigures['direction'] = 'increase',
): ChangeFigures => ({
  measured: decimal(measured),
  baseline: baseline === null ? null : decimal(baseline),
  target: target === null ? null : decimal(target),
  direction,
});

describe('how a KPI’s latest figure moved (健康日本21’s a 達成 / b 改善 / c 変わらない / d 悪化)', () => {
  it('is reached at the target, on the side its direction is better', () => {
    expect(changeClass(figures('41.2', '30.1', '40.0'), 0)).toBe('reached');
    expect(changeClass(figures('40.0', '30.1', '40.0'), 0)).toBe('reached');
    expect(changeClass(figures('11.9', '18.5', '12.0', 'decrease'), 0)).toBe('reached');
  });

  it('is improved or worsened by the change from the baseline, a fall better for a decrease KPI', () => {
    expect(changeClass(figures('15.2', '18.5', '12.0', 'decrease'), 0)).toBe('improved');
    expect(changeClass(figures('33.5', '32.0', '28.0', 'decrease'), 0)).toBe('worsened');
    expect(changeClass(figures('35', '30.1', '40.0'), 0)).toBe('improved');
    expect(changeClass(figures('29', '30.1', '40.0'), 0)).toBe('worsened');
  });

  it('is unchanged within the band of the baseline, and only the same figure with none', () => {
    expect(changeClass(figures('10.4', '10.2', '20.0'), 0)).toBe('improved');
    expect(changeClass(figures('10.4', '10.2', '20.0'), 0.02)).toBe('unchanged');
    expect(changeClass(figures('10.0', '10.2', '20.0'), 0.02)).toBe('unchanged');
    expect(changeClass(figures('10.2', '10.2', '20.0'), 0)).toBe('unchanged');
  });

  it('tells nothing with no baseline unless the target is met', () => {
    expect(changeClass(figures('35', null, '40'), 0)).toBeNull();
    expect(changeClass(figures('45', null, '40'), 0)).toBe('reached');
    expect(changeFromBaseline(figures('3', '0', null))).toBe(3);
  });
});

describe('the band of change a table reads as unchanged', () => {
  it('is the largest change printed unchanged where every change printed otherwise is larger', () => {
    const band = unchangedBand([
      { change: 0.0196, printed: 'unchanged' },
      { change: -0.01, printed: 'unchanged' },
      { change: 0.18, printed: 'improved' },
      { change: -0.047, printed: 'worsened' },
    ]);
    expect(band).toBeCloseTo(0.0196, 6);
  });

  it('is none where nothing is printed unchanged, and the most matches where the prints disagree', () => {
    expect(unchangedBand([{ change: 0.05, printed: 'improved' }])).toBe(0);
    // 0.03 printed improved but 0.04 unchanged: a band of 0.04 matches 2 of 3, none matches 2 too;
    // the narrowest of as many.
    const band = unchangedBand([
      { change: 0.03, printed: 'improved' },
      { change: 0.04, printed: 'unchanged' },
      { change: 0.2, printed: 'improved' },
    ]);
    expect(band).toBe(0);
  });
});
