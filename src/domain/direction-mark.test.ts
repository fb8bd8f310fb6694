import { describe, expect, it } from 'vitest';
import { directionMark, directionWord } from './direction-mark.ts';

describe('directionMark', () => {
  it('reads the arrows of 福井市 水道ビジョン 望ましい方向 and 長崎市 区分', () => {
    expect(directionMark('↑')).toBe('increase');
    expect(directionMark(' ↓ ')).toBe('decrease');
    expect(directionMark('⇧')).toBe('increase');
    expect(directionMark('⇩')).toBe('decrease');
    expect(directionMark('→')).toBe('maintain');
  });

  it('reads nothing else as a mark', () => {
    expect(directionMark('H26年1.54→H31年1.68')).toBeNull();
    expect(directionMark('○')).toBeNull();
    expect(directionMark('')).toBeNull();
    expect(directionMark('増加')).toBeNull();
  });
});

describe('directionWord', () => {
  it('reads a word alone where a target would be as the way to go (阿賀野市 目標値 「増加」)', () => {
    expect(directionWord('増加')).toBe('increase');
    expect(directionWord(' 向 上 ')).toBe('increase');
    expect(directionWord('減少')).toBe('decrease');
    expect(directionWord('抑制')).toBe('decrease');
  });
  it('reads the word with the plan’s verb, and the year it is aimed at in brackets', () => {
    expect(directionWord('減少を目指します(32年)')).toBe('decrease');
    expect(directionWord('増加を目指します(令和6年度)')).toBe('increase');
    expect(directionWord('向上を目指す')).toBe('increase');
    expect(directionWord('削減(R7)')).toBe('decrease');
  });
  it('reads a level another body’s figure sets as the way to go (教育 「全国平均以上」)', () => {
    for (const text of [
      '全国平均以上',
      '全国平均を上回る',
      '県平均以上',
      '前年度以上',
      '国の水準以上',
    ])
      expect(directionWord(text), text).toBe('increase');
    for (const text of ['全国平均以下', '県の平均値を下回る', '前年度以下', '全国平均未満(R7)'])
      expect(directionWord(text), text).toBe('decrease');
  });
  it('is none for a target with a figure, or any other word', () => {
    for (const text of [
      '15人削減',
      '10%増加',
      '増加傾向',
      '維持',
      '',
      '↑',
      '10%増加を目指します(32年)',
      '維持を目指します(32年)',
      '減少を目指します(32年)から',
      '全国平均',
      '全国平均以上の80%',
      '全国1位',
    ])
      expect(directionWord(text)).toBeNull();
  });
});

describe('a way to go from last year’s figure (特定事業主行動計画 山形市 「前年度より削減」)', () => {
  it('reads the verb after より or から as the way to go, no value to reach', () => {
    expect(directionWord('前年度より削減')).toBe('decrease');
    expect(directionWord('前年度から減少')).toBe('decrease');
    expect(directionWord('前年度より増加')).toBe('increase');
    expect(directionWord('現状より向上')).toBe('increase');
    // A figure with it is a target, not a way to go.
    expect(directionWord('前年度より10%削減')).toBeNull();
  });
});

describe('directionWord: ASCII alone, told before NFKC', () => {
  it('names no direction, as figures and letters do not', () => {
    for (const text of ['5,926', '80%', '12345', 'R5', '(R5)', 'up', 'A', '1,234.5 t']) {
      expect(directionWord(text)).toBeNull();
      expect(directionWord(text.normalize('NFKC'))).toBeNull();
    }
  });
});
