import { describe, expect, it } from 'vitest';
import { KpiCodes } from './kpi-codes.ts';

describe('KPI codes', () => {
  it('numbers unnumbered KPIs around the numbers the table uses', () => {
    const codes = new KpiCodes();
    expect(codes.claim('2', 3)).toBeNull();
    expect(codes.next()).toBe('1');
    expect(codes.next()).toBe('3');
  });
  it('names the first row of a code claimed twice', () => {
    const codes = new KpiCodes();
    expect(codes.claim('①', 4)).toBeNull();
    expect(codes.claim('①', 9)).toBe(4);
  });
});
