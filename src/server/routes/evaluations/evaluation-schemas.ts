import { z } from 'zod';
import type { EvaluationSchemeView, EvaluationView } from '../../../domain/api-contract.ts';
import { EVALUATION_LEVELS, FUTURE_DIRECTIONS } from '../../../domain/evaluation.ts';
import { list } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

/** PUT …/kpis/:code/evaluations/:fy: one level, its grade and text (DESIGN, HTTP contract). */
export const evaluationBody = z.object({
  level: z
    .enum(EVALUATION_LEVELS)
    .describe('self 一次評価, second 二次評価, external 外部評価, final 最終判断'),
  grade: z.string().trim().min(1).max(20).describe('a grade of the plan’s scale: A, B, 未着手 …'),
  text: z.string().max(4000).describe('the reasoning or opinion; required'),
  direction: z
    .enum(FUTURE_DIRECTIONS)
    .nullable()
    .default(null)
    .describe(
      '今後の方向性 of a final judgement: 拡充 expand, 継続 continue, 見直し review, 廃止 abolish',
    ),
  version: z.number().int().min(0).describe('the version read; 0 for a level not written yet'),
});

export const evaluationView = viewSchema<EvaluationView>()(
  z.object({
    level: z.enum(EVALUATION_LEVELS),
    grade: z.string(),
    text: z.string(),
    direction: z.enum(FUTURE_DIRECTIONS).nullable(),
    author: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number(),
  }),
);

export const evaluationSchemeView = viewSchema<EvaluationSchemeView>()(
  z.object({
    levels: list(z.enum(EVALUATION_LEVELS)),
    grades: list(z.object({ label: z.string(), meaning: z.string(), special: z.boolean() })),
    published: list(z.enum(EVALUATION_LEVELS)),
    version: z.number(),
  }),
);

/** PUT …/evaluation-scheme: the plan's levels, grades and published levels. */
export const evaluationSchemeBody = z.object({
  levels: z.array(z.enum(EVALUATION_LEVELS)).max(4).describe('the levels the plan uses'),
  grades: z
    .array(
      z.object({
        label: z.string().max(20),
        meaning: z.string().max(200),
        special: z
          .boolean()
          .default(false)
          .describe('a code outside the scale (未着手, 中止, 評価困難)'),
      }),
    )
    .max(20),
  published: z
    .array(z.enum(EVALUATION_LEVELS))
    .max(4)
    .describe('the levels shown with a published year'),
  version: z.number().int().min(0).describe('the version read; 0 while the default'),
});
