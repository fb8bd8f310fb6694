import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { gradeDirection, isPassFailScale } from './grade-direction.ts';

describe('isPassFailScale', () => {
  it('takes ○ and × (and dashes) for pass or fail, and a scale of degrees for none', () => {
    expect(isPassFailScale(['○', '×', '-', null])).toBe(true);
    expect(isPassFailScale(['◎', '○', '△'])).toBe(false);
    expect(isPassFailScale(['A', 'B'])).toBe(false);
    expect(isPassFailScale([null, '-'])).toBe(false);
  });
});

describe('gradeDirection', () => {
  it('reads a decrease from ○ below the target (呉市 平均在院日数 37.4日 → 36.2日 ○)', () => {
    expect(gradeDirection('○', decimal('36.2'), decimal('37.4'))).toBe('decrease');
  });
  it('reads a decrease from × above the target, and nothing where either direction agrees', () => {
    expect(gradeDirection('×', decimal('12'), decimal('10'))).toBe('decrease');
    expect(gradeDirection('○', decimal('47'), decimal('42'))).toBeNull();
    expect(gradeDirection('×', decimal('1.10'), decimal('3.50'))).toBeNull();
    expect(gradeDirection('○', decimal('100'), decimal('100'))).toBeNull();
  });
});
