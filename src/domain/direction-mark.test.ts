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
  });
});
