import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SCHEME } from '../../../domain/evaluation.ts';
import { gradeLines, parseGradeLines } from './grade-lines.ts';

describe('a plan’s grades as lines', () => {
  it('reads the label and its meaning of each line, skipping blank ones', () => {
    expect(parseGradeLines('S 目標を上回る\n\n  A  順調 \n評価困難', true)).toEqual([
      { label: 'S', meaning: '目標を上回る', special: true },
      { label: 'A', meaning: '順調', special: true },
      { label: '評価困難', meaning: '', special: true },
    ]);
  });
  it('gives back the default grades it shows', () => {
    const grades = DEFAULT_EVALUATION_SCHEME.grades.filter((g) => !g.special);
    expect(gradeLines(grades)).toBe('A 順調\nB おおむね順調\nC 遅れ\nD 大幅な遅れ');
    expect(parseGradeLines(gradeLines(grades), false)).toEqual(grades);
  });
});
