import { describe, expect, it } from 'vitest';
import { gradesDefinedByWords } from './word-legend.ts';

describe('grades a legend defines by words alone (嘉麻市 総合計画 【達成度】)', () => {
  const legend = [
    '【達成度】',
    'A:十分にできている',
    'B:まあまあできている',
    'C:あまりできていない',
  ];

  it('are so when every printed grade has an entry and none states a rate', () => {
    expect(gradesDefinedByWords(legend, ['B', 'B', 'A'])).toBe(true);
    expect(gradesDefinedByWords(['A：順調 B：概ね順調 C：遅れ'], ['B'])).toBe(true);
  });

  it('are not when an entry states a rate, a printed grade has none, or one entry is all', () => {
    expect(gradesDefinedByWords(['A:100%以上 B:80%以上 C:それ未満'], ['B'])).toBe(false);
    expect(gradesDefinedByWords(legend, ['D'])).toBe(false);
    expect(gradesDefinedByWords(['A:十分にできている'], ['A'])).toBe(false);
    expect(gradesDefinedByWords(legend, ['120%'])).toBe(false);
  });
});
