import { describe, expect, it } from 'vitest';
import { isDoneWord, isTitleAgain } from './done-word.ts';

describe('a plan step written as a word (設置, 策定)', () => {
  it('is one alone in its cell, with 済 or 予定 after it', () => {
    expect(isDoneWord('設置')).toBe(true);
    expect(isDoneWord(' 策定 ')).toBe(true);
    expect(isDoneWord('整備済')).toBe(true);
    expect(isDoneWord('供用開始')).toBe(true);
  });

  it('is not a figure, a sentence or a word that says nothing was done', () => {
    expect(isDoneWord('109台')).toBe(false);
    expect(isDoneWord('なし')).toBe(false);
    expect(isDoneWord('計画を策定し、公表した')).toBe(false);
    expect(isDoneWord('未設置')).toBe(false);
  });
});

describe('a target that prints the KPI’s name again (山形市 「性別による差別のない採用」)', () => {
  it('is the name or the name before a part split off it', () => {
    expect(isTitleAgain('性別による差別のない採用', '性別による差別のない採用')).toBe(true);
    expect(isTitleAgain('性別による差別のない採用 男性', '性別による 差別のない採用')).toBe(true);
    // Another text, or a word too short to be a name, is not.
    expect(isTitleAgain('性別による差別のない採用', '前年度より削減')).toBe(false);
    expect(isTitleAgain('設置数', '設置')).toBe(false);
  });
});
