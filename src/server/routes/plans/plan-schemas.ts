import { z } from 'zod';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import type { GradeScale } from '../../../domain/grade-scale.ts';
import { gradeScale } from '../../../domain/grade-scale.ts';
import {
  fiscalYearText,
  list,
  nonEmpty,
  planSummaryView,
  recordVersion,
} from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

export const newPlanBody = z.object({
  name: z.string().trim().min(1).max(200),
  startYear: fiscalYearText.nullable().default(null),
  endYear: fiscalYearText.nullable().default(null),
  municipality: z
    .object({
      code: z.string().regex(/^\d{6}$/, 'a 6-digit local government code'),
      name: z.string().min(1).max(100),
    })
    .optional(),
});

/** Labels best first and the lowest percent of each grade but the last: A ≥ 100, B ≥ 80, C ≥ 60, D. */
const gradeScaleBody = z
  .object({
    labels: z.array(z.string().trim().min(1).max(10)).min(2).max(10),
    cuts: z.array(z.number().int().min(0).max(1000)).max(9),
  })
  .superRefine(({ labels, cuts }, context) => {
    if (labels.length !== cuts.length + 1) {
      context.addIssue({
        code: 'custom',
        path: ['cuts'],
        message: `${labels.length} labels need ${labels.length - 1} cuts, not ${cuts.length}`,
      });
    }
    if (new Set(labels).size !== labels.length) {
      context.addIssue({ code: 'custom', path: ['labels'], message: 'a label appears twice' });
    }
    if (cuts.some((cut, index) => index > 0 && cut >= (cuts[index - 1] ?? cut))) {
      context.addIssue({
        code: 'custom',
        path: ['cuts'],
        message: 'cuts must be strictly decreasing, best grade first (e.g. [100, 80, 60])',
      });
    }
  })
  .transform(({ labels, cuts }): GradeScale => gradeScale(labels, cuts));

export const planPatchBody = z
  .object({
    startYear: fiscalYearText.nullable(),
    endYear: fiscalYearText.nullable(),
    ratePrecision: z.object({
      decimals: z.literal([0, 1, 2], { error: 'expected 0, 1 or 2 decimals' }),
      widenNear100: z.boolean(),
    }),
    gradeScale: gradeScaleBody,
  })
  .partial()
  .extend({ version: recordVersion })
  .refine(nonEmpty, 'nothing to change');

/** POST …/successor: the next plan (次期計画) with its period and the KPIs carried over. */
export const successorBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  startYear: fiscalYearText,
  endYear: fiscalYearText,
  carry: z.array(z.string().min(1).max(20)).max(2000),
  gradeScale: gradeScaleBody.optional(),
});

const kpiInTree = z.object({
  code: z.string(),
  title: z.string(),
  tags: list(z.string()),
  departments: list(z.string()),
  unit: z.string(),
  version: z.number(),
  from: z.number().nullable(),
  until: z.number().nullable(),
});

/** A basic policy's or theme program's rename from a year, and the years that printed it. */
const nodeLife = {
  printedIn: list(z.number()),
  renames: list(
    z.object({
      from: z.number(),
      oldName: z.string(),
      newName: z.string(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
};

/** GET …/tree: the plan tree with each record's version, the shape PATCH takes back. */
export const planTreeView = viewSchema<PlanTreeView>()(
  z.object({
    plan: planSummaryView,
    version: z.number(),
    ratePrecision: z.object({ decimals: z.literal([0, 1, 2]), widenNear100: z.boolean() }),
    gradeScale: z.object({ labels: list(z.string()), cuts: list(z.number()) }),
    policies: list(
      z.object({
        number: z.string(),
        name: z.string(),
        version: z.number(),
        ...nodeLife,
        themes: list(
          z.object({
            number: z.string(),
            name: z.string(),
            actionItems: list(z.string()),
            version: z.number(),
            ...nodeLife,
            kpis: list(kpiInTree),
          }),
        ),
      }),
    ),
  }),
);
