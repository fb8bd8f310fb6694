import { describe, expect, it } from 'vitest';
import { excelNumberText, fifteenDigits } from './excel-number-format.ts';

describe('a number as Excel shows it', () => {
  it('cuts a double to 15 significant digits before anything else', () => {
    expect(fifteenDigits(0.1 + 0.2)).toBe('0.3');
    expect(fifteenDigits(439 / 200)).toBe('2.195');
    expect(fifteenDigits(1e-7)).toBe('0.0000001');
    expect(fifteenDigits(-12.5)).toBe('-12.5');
  });
  it('② 439/200 stored as 2.19499999… shows 220% under 0%, not 219%', () => {
    expect(((439 / 200) * 100).toFixed(0)).toBe('219');
    expect(excelNumberText(439 / 200, '0%')).toBe('220%');
  });
  it('⑯ 8.41/8.39 under 0.0% shows 100.2%, and 0.0075 under 0.00% shows 0.75%', () => {
    expect(excelNumberText(8.41 / 8.39, '0.0%')).toBe('100.2%');
    expect(excelNumberText(0.0075, '0.00%')).toBe('0.75%');
  });
  it('⑦ 264,000 under #,##0 keeps its separators; 2102.4 rounds to 2,102', () => {
    expect(excelNumberText(264000, '#,##0')).toBe('264,000');
    expect(excelNumberText(2102.4, '#,##0')).toBe('2,102');
    expect(excelNumberText(1234567.25, '#,##0.0')).toBe('1,234,567.3');
  });
  it('④ 34 under 0.0 reads 34.0, and a fixed format rounds half away from zero', () => {
    expect(excelNumberText(34, '0.0')).toBe('34.0');
    expect(excelNumberText(8.385, '0.00')).toBe('8.39');
    expect(excelNumberText(-0.25, '0.0')).toBe('-0.3');
  });
  it('General and formats it does not apply give the 15-digit number', () => {
    expect(excelNumberText(8.39, undefined)).toBe('8.39');
    expect(excelNumberText(8.39, 'General')).toBe('8.39');
    expect(excelNumberText(45000, 'yyyy/m/d')).toBe('45000');
    expect(excelNumberText(0.1 + 0.2, '@')).toBe('0.3');
  });
  it('a negative section shows its own mark (▲ for a minus), a zero section its own text', () => {
    expect(excelNumberText(-1500, '#,##0;"▲"#,##0')).toBe('▲1,500');
    expect(excelNumberText(-1500, '#,##0')).toBe('-1,500');
    expect(excelNumberText(0, '#,##0;▲#,##0;"-"')).toBe('-');
    expect(excelNumberText(12, '[Red]0"件"')).toBe('12件');
  });
});
