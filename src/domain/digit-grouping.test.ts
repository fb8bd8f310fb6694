import { describe, expect, it } from 'vitest';
import { groupDecimal, groupDigits } from './digit-grouping.ts';

describe('digit grouping', () => {
  it('groups whole digits by thousands, leaving decimals and brackets alone', () => {
    expect(groupDigits('283179')).toBe('283,179'); // ⑦ R5
    expect(groupDigits('2102')).toBe('2,102'); // ⑤ baseline
    expect(groupDigits('8.39')).toBe('8.39'); // ⑯
    expect(groupDigits('2(1)')).toBe('2(1)'); // ⑱ 合計
    expect(groupDigits('0.12345')).toBe('0.12345');
    expect(groupDigits('1234.5678')).toBe('1,234.5678');
    expect(groupDigits('-')).toBe('-');
  });
});

describe('groupDecimal', () => {
  it('groups a stored value’s digits and keeps a minus sign and decimals', () => {
    expect(groupDecimal('283179')).toBe('283,179');
    expect(groupDecimal('-1234.50')).toBe('-1,234.50');
    expect(groupDecimal('8.39')).toBe('8.39');
    expect(groupDecimal('123')).toBe('123');
    expect(groupDecimal('-123')).toBe('-123');
    expect(groupDecimal('1000')).toBe('1,000');
    expect(groupDecimal('-123456.7')).toBe('-123,456.7');
    expect(groupDecimal('1234567890')).toBe('1,234,567,890');
  });
});
