import { describe, expect, it } from 'vitest';
import { isRemarkSentence } from './remark-sentence.ts';

describe('a sentence said of the rows (市川市 「運輸部門のみ、エネルギー消費率が増加。」)', () => {
  it('is told from a KPI name, with or without a clause', () => {
    expect(isRemarkSentence('運輸部門のみ、エネルギー消費率が増加。')).toBe(true);
    expect(isRemarkSentence('運輸')).toBe(false);
    expect(isRemarkSentence('市民一人あたりの1日に出すごみの量')).toBe(false);
    expect(isRemarkSentence('障がい者、高齢者の就労支援件数')).toBe(false);
  });
});
