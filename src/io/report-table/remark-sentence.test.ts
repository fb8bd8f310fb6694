import { describe, expect, it } from 'vitest';
import { isRemarkSentence } from './remark-sentence.ts';

describe('a sentence said of the rows (市川市 「運輸部門のみ、エネルギー消費率が増加。」)', () => {
  it('is told from a KPI name, with or without a clause', () => {
    expect(isRemarkSentence('運輸部門のみ、エネルギー消費率が増加。')).toBe(true);
    expect(isRemarkSentence('運輸')).toBe(false);
    expect(isRemarkSentence('市民一人あたりの1日に出すごみの量')).toBe(false);
    expect(isRemarkSentence('障がい者、高齢者の就労支援件数')).toBe(false);
  });

  it('is a sentence ending in a verb or copula, with no clause (鶴岡市 「第9次の目標を達成した。」)', () => {
    expect(isRemarkSentence('第9次の目標を達成した。')).toBe(true);
    expect(isRemarkSentence('前年度より改善しています。')).toBe(true);
    expect(isRemarkSentence('目標値は計画の最終年度である。')).toBe(true);
    expect(isRemarkSentence('目標を達成した施策の数')).toBe(false);
    expect(isRemarkSentence('地域の見守り活動の回数。')).toBe(false);
  });
});
