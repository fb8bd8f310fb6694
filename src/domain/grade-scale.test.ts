import { describe, expect, it } from 'vitest';
import {
  cutPercents,
  DEFAULT_GRADE_SCALE,
  gradeFor,
  gradeLabel,
  gradeScale,
  isPrintedGrade,
  quotedGrade,
} from './grade-scale.ts';

const ratio = (numerator: number, denominator: number) => ({
  numerator: BigInt(numerator),
  denominator: BigInt(denominator),
});

describe('grading', () => {
  it('grades A ≥ 100%, B ≥ 80%, C ≥ 60%, D below by default', () => {
    expect(gradeFor(ratio(439, 200), DEFAULT_GRADE_SCALE)).toBe('A');
    expect(gradeFor(ratio(4, 5), DEFAULT_GRADE_SCALE)).toBe('B');
    expect(gradeFor(ratio(3, 5), DEFAULT_GRADE_SCALE)).toBe('C');
    expect(gradeFor(ratio(1, 2), DEFAULT_GRADE_SCALE)).toBe('D');
  });
  it('grades from the unrounded ratio: 99.6% prints as 100% but is a B', () => {
    expect(gradeFor(ratio(996, 1000), DEFAULT_GRADE_SCALE)).toBe('B');
  });
  it('takes a plan’s own scale as data: 順調/概ね順調/やや遅れ/遅れ at 100/90/70', () => {
    const scale = gradeScale(['順調', '概ね順調', 'やや遅れ', '遅れ'], [100, 90, 70]);
    expect(gradeFor(ratio(95, 100), scale)).toBe('概ね順調');
    expect(gradeFor(ratio(0, 1), scale)).toBe('遅れ');
    expect(() => gradeScale(['A', 'B'], [100, 80])).toThrow(RangeError);
  });
});

describe('a printed grade', () => {
  it('is a letter, a mark or a word plans grade with (江田島市 達成度 A, 改善 ○), not a rate', () => {
    for (const grade of [
      'A',
      'B',
      'S',
      '○',
      '◎',
      '×',
      '達成',
      '概ね達成',
      '未達成',
      'やや遅れ',
      'Ａ',
    ])
      expect(isPrintedGrade(grade)).toBe(true);
    for (const text of ['80%', '-', 'AB', '達成率', '']) expect(isPrintedGrade(text)).toBe(false);
  });
  it('is ▲ alone, the mark of a miss beside ◎ and ○ (生物多様性とちぎ戦略 達成度), never ▲ before a figure', () => {
    expect(isPrintedGrade('▲')).toBe(true);
    expect(isPrintedGrade('▲ 19')).toBe(false);
    expect(isPrintedGrade('▲1.6')).toBe(false);
  });
  it('is the letter of the same scale printed small (「ａ」, b)', () => {
    expect(gradeLabel('ａ')).toBe('A');
    expect(gradeLabel('s')).toBe('S');
    expect(isPrintedGrade('ｃ')).toBe(true);
    // A word keeps its letters.
    expect(gradeLabel('ok')).toBe('ok');
    expect(isPrintedGrade('f')).toBe(false);
  });
});

describe('cutPercents', () => {
  it('writes each cut as the exact percent, four places at most', () => {
    expect(cutPercents(DEFAULT_GRADE_SCALE)).toEqual([100, 80, 60]);
    expect(cutPercents(gradeScale(['A', 'B', 'C'], [90, 70]))).toEqual([90, 70]);
    const thirds = {
      grades: [
        { label: 'A', min: { numerator: 2n, denominator: 3n } },
        { label: 'B', min: { numerator: 667n, denominator: 2000n } },
        { label: 'C', min: null },
      ],
    };
    expect(cutPercents(thirds)).toEqual([66.6667, 33.35]);
  });
});

describe('a grade quoted in the line naming the evaluation', () => {
  it('is the quoted letter or mark (静岡県 「【H28県総合計画評価「B」】」)', () => {
    expect(quotedGrade('【H28県総合計画評価「B」】')).toBe('B');
    expect(quotedGrade('R2評価『◎』')).toBe('◎');
    expect(quotedGrade('評価「 A 」')).toBe('A');
    // Quotes around no grade, or no evaluation named: none.
    expect(quotedGrade('評価「順調に推移」')).toBeNull();
    expect(quotedGrade('【H28目標「B」】')).toBeNull();
    expect(quotedGrade('B')).toBeNull();
  });
});
