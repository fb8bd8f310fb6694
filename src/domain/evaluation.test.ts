import { describe, expect, it } from 'vitest';
import type { Evaluation, EvaluationScheme } from './evaluation.ts';
import {
  DEFAULT_EVALUATION_SCHEME,
  evaluationProblem,
  publishedEvaluations,
  visibleEvaluations,
} from './evaluation.ts';

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

describe('the evaluations a published report prints', () => {
  it('are the published levels in level order, each grade with its meaning', () => {
    const at = { author: 'a', updatedAt: 't', version: 1, text: '理由', direction: null };
    const written = [
      { ...at, code: '⑦', level: 'final' as const, grade: 'A', direction: 'expand' as const },
      { ...at, code: '⑦', level: 'self' as const, grade: 'B' },
      { ...at, code: '①', level: 'second' as const, grade: '旧区分' },
    ];
    const scheme = { ...DEFAULT_EVALUATION_SCHEME, published: ['self', 'final'] as const };
    expect(publishedEvaluations(scheme, written)).toEqual([
      {
        code: '⑦',
        level: 'self',
        grade: 'B',
        meaning: 'おおむね順調',
        text: '理由',
        direction: null,
      },
      { code: '⑦', level: 'final', grade: 'A', meaning: '順調', text: '理由', direction: 'expand' },
    ]);
    const all = { ...DEFAULT_EVALUATION_SCHEME, published: ['second'] as const };
    expect(publishedEvaluations(all, written)).toEqual([
      { code: '①', level: 'second', grade: '旧区分', meaning: null, text: '理由', direction: null },
    ]);
  });
});
