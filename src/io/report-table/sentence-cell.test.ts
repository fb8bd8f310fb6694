import { describe, expect, it } from 'vitest';
import { isSentence } from './sentence-cell.ts';

describe('a sentence cell', () => {
  it('is long and punctuated, numbers in it or not', () => {
    expect(
      isSentence(
        '平成31年3月31日現在、指定企 業が0件のため、奨励金対象の町 内新規雇用者も0人となってい る。',
      ),
    ).toBe(true);
    expect(
      isSentence('現在、企業立地促進奨励金を活 用している企業がなく、増加を見込むことはできない。'),
    ).toBe(true);
  });

  it('is not a figure, however long, nor a short label', () => {
    expect(isSentence('1,234,567,890')).toBe(false);
    expect(isSentence('5億4,900万円')).toBe(false);
    expect(isSentence('目標達成、改善')).toBe(false);
  });
});
