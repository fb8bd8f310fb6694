import { describe, expect, it } from 'vitest';
import type { Evaluation, EvaluationScheme } from './evaluation.ts';
import { DEFAULT_EVALUATION_SCHEME, evaluationProblem, visibleEvaluations } from './evaluation.ts';

const level = (
  input: Partial<Parameters<typeof evaluationProblem>[1]> = {},
  scheme: EvaluationScheme = DEFAULT_EVALUATION_SCHEME,
) =>
  evaluationProblem(scheme, {
    level: 'self',
    grade: 'B',
    text: '概ね順調',
    direction: null,
    ...input,
  });

describe('an evaluation level against the plan’s scheme', () => {
  it('takes a grade of the scale, or one of its codes (評価困難)', () => {
    expect(level()).toBeNull();
    expect(level({ grade: '評価困難' })).toBeNull();
    expect(level({ grade: 'E' })).toEqual({
      field: 'grade',
      message: 'E is not a grade of this plan: A, B, C, D, 未着手, 中止, 評価困難',
    });
  });
  it('needs a text, and a way ahead on the final judgement only', () => {
    expect(level({ text: '  ' })?.field).toBe('text');
    expect(level({ level: 'final' })?.field).toBe('direction');
    expect(level({ level: 'final', direction: 'review' })).toBeNull();
    expect(level({ direction: 'abolish' })?.field).toBe('direction');
  });
  it('refuses a level the plan does not use', () => {
    const noExternal = {
      ...DEFAULT_EVALUATION_SCHEME,
      levels: ['self', 'second', 'final'] as const,
    };
    expect(level({ level: 'external' }, noExternal)).toMatchObject({ field: 'level' });
  });
});

describe('the levels a reader sees', () => {
  const written = (l: Evaluation['level']): Evaluation => ({
    level: l,
    grade: 'B',
    text: l,
    direction: null,
    author: 'a',
    updatedAt: '2025-06-01T00:00:00.000Z',
    version: 1,
  });
  const all = [written('final'), written('external'), written('self'), written('second')];
  it('shows members every level in order, visitors the published ones', () => {
    const scheme = { ...DEFAULT_EVALUATION_SCHEME, published: ['self', 'final'] as const };
    expect(visibleEvaluations(scheme, all, 'member').map((e) => e.level)).toEqual([
      'self',
      'second',
      'external',
      'final',
    ]);
    expect(visibleEvaluations(scheme, all, 'public').map((e) => e.level)).toEqual([
      'self',
      'final',
    ]);
  });
});
