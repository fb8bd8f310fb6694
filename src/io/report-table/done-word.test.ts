import { describe, expect, it } from 'vitest';
import { isDoneWord } from './done-word.ts';

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
