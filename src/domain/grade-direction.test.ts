import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import {
  gradeDirection,
  gradeProvesFloor,
  isPassFailScale,
  passFailLabels,
} from './grade-direction.ts';

describe('isPassFailScale', () => {
  it('takes ○ and × (and dashes) for pass or fail, and a scale of degrees for none', () => {
    expect(isPassFailScale(['○', '×', '-', null])).toBe(true);
    expect(isPassFailScale(['◎', '○', '△'])).toBe(false);
    expect(isPassFailScale(['A', 'B'])).toBe(false);
    expect(isPassFailScale([null, '-'])).toBe(false);
  });
  it('takes the words 達成 and 未達成 alike, unless the table also grades 概ね達成', () => {
    expect(isPassFailScale(['達成', '未達成', null])).toBe(true);
    expect(isPassFailScale(['達成', '概ね達成', '未達成'])).toBe(false);
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
  it('reads the words as the marks: 未達成 with 3 people waiting against a target of 0 is a decrease', () => {
    expect(gradeDirection('未達成', decimal('3'), decimal('0'))).toBe('decrease');
    expect(gradeDirection('達成', decimal('9'), decimal('10'))).toBe('decrease');
    expect(gradeDirection('達成', decimal('1050'), decimal('1000'))).toBeNull();
  });
});

describe('gradeProvesFloor', () => {
  it('reads a floor from × below the target (矢掛町 定住人口 target 15,471人, 14,922人 ×)', () => {
    expect(gradeProvesFloor('×', decimal('14922'), decimal('15471'))).toBe(true);
  });
  it('reads nothing where a decrease agrees with the grade, from ○, or at the target', () => {
    expect(gradeProvesFloor('○', decimal('283179'), decimal('264000'))).toBe(false);
    expect(gradeProvesFloor('○', decimal('444'), decimal('460'))).toBe(false);
    expect(gradeProvesFloor('×', decimal('480'), decimal('460'))).toBe(false);
    expect(gradeProvesFloor('×', decimal('460'), decimal('460'))).toBe(false);
    expect(gradeProvesFloor('△', decimal('400'), decimal('460'))).toBe(false);
  });
});

describe('the two grades of a pass-or-fail scale', () => {
  it('are the ones the table prints, met first, a missing one named as its partner', () => {
    expect(passFailLabels(['未達成', '達成', null])).toEqual(['達成', '未達成']);
    expect(passFailLabels(['○', '〇'])).toEqual(['○', '×']);
    expect(passFailLabels(['×'])).toEqual(['○', '×']);
    expect(passFailLabels(['未達成', '未達成'])).toEqual(['達成', '未達成']);
  });

  it('are none where the grades are of degrees', () => {
    expect(passFailLabels(['◎', '○', '△'])).toBeNull();
    expect(passFailLabels(['達成', '概ね達成'])).toBeNull();
  });
});
