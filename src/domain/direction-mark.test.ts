import { describe, expect, it } from 'vitest';
import { directionMark } from './direction-mark.ts';

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
    expect(directionMark('増加傾向にある')).toBeNull();
  });

  it('reads a word alone that says the way (目標 「増加」, 「減少」)', () => {
    expect(directionMark('増加')).toBe('increase');
    expect(directionMark(' 向上 ')).toBe('increase');
    expect(directionMark('減少')).toBe('decrease');
    expect(directionMark('抑制')).toBe('decrease');
    expect(directionMark('増減')).toBeNull();
  });
});
