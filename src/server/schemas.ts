import { z } from 'zod';
import type { Decimal } from '../domain/decimal.ts';
import { decimalBoundsProblem, parseDecimal } from '../domain/decimal.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { parseFiscalYear } from '../domain/fiscal-year.ts';
import type { GradeScale } from '../domain/grade-scale.ts';
import { gradeScale } from '../domain/grade-scale.ts';

/** A fiscal year as a URL or body gives it: 2023, R5, 令和5年度, FY2023. */
export const fiscalYearText = z
  .union([z.string(), z.number()])
  .transform((value, context): FiscalYear => {
    const year = parseFiscalYear(String(value));
    if (year === undefined) {
      context.addIssue({
        code: 'custom',
        message: `not a fiscal year: ${value} (e.g. 2023 or R5)`,
      });
      return z.NEVER;
    }
    return year;
  });

export const planParams = z.object({ planId: z.coerce.number().int().positive() });
export const kpiParams = planParams.extend({ code: z.string().min(1).max(20) });
export const policyParams = planParams.extend({ policyNumber: z.string().min(1).max(10) });
export const themeParams = policyParams.extend({ themeNumber: z.string().min(1).max(10) });
export const yearQuery = z.object({ fy: fiscalYearText.optional() });

const decimalText = z.string().transform((text, context): Decimal => {
  const value = parseDecimal(text.trim());
  if (value === undefined) {
    context.addIssue({
      code: 'custom',
      message: decimalBoundsProblem(text) ?? 'expected a decimal number such as 8.39',
    });
    return z.NEVER;
  }
  return value;
});

export const entryBody = z.object({
  value: z.string().min(1).max(60),
  department: z.string().min(1).max(40).nullable().default(null),
  version: z.number().int().min(0).describe('the version read; 0 for a new figure'),
});

export const narrativeBody = z.object({
  text: z.string().min(1).max(4000),
  department: z.string().min(1).max(40).nullable().default(null),
  version: z.number().int().min(0),
});

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

export const newPolicyBody = z.object({
  number: z.string().trim().min(1).max(10),
  name: z.string().trim().min(1).max(200),
});

const actionItems = z.array(z.string().trim().min(1).max(10)).max(100);

export const newThemeBody = newPolicyBody.extend({ actionItems: actionItems.default([]) });

/** Something to change besides the version the editor read. */
const nonEmpty = (patch: object): boolean => Object.keys(patch).some((key) => key !== 'version');

/** The version of the record the editor read (GET …/tree, GET …/kpis/:code); a stale one is a 409. */
const recordVersion = z
  .number()
  .int()
  .min(1)
  .describe('the version read; a stale one is refused with 409');

export const policyPatchBody = z.object({
  name: z.string().trim().min(1).max(200),
  version: recordVersion,
});

export const themePatchBody = z
  .object({ name: z.string().trim().min(1).max(200), actionItems })
  .partial()
  .extend({ version: recordVersion })
  .refine(nonEmpty, 'nothing to change');

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

const baseline = z.object({
  value: decimalText,
  fiscalYear: fiscalYearText.nullable().default(null),
});
const target = z.object({
  kind: z.enum(['value', 'at-least', 'at-most', 'maintain']).default('value'),
  value: decimalText,
  fiscalYear: fiscalYearText.nullable().default(null),
});

export const kpiFieldsBody = z.object({
  title: z.string().trim().min(1).max(300),
  note: z.string().max(500).nullable().default(null),
  tags: z.array(z.string().min(1).max(10)).max(10).default([]),
  departments: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  unit: z.string().max(20).default(''),
  baseline: baseline.nullable().default(null),
  counting: z.enum(['single-year', 'cumulative']).default('single-year'),
  target: target.nullable().default(null),
  basis: z.enum(['latest', 'cumulative', 'period-sum']).default('latest'),
  formula: z.enum(['ratio', 'progress']).default('ratio'),
  direction: z.enum(['increase', 'decrease', 'maintain']).optional(),
});

export const newKpiBody = kpiFieldsBody.extend({
  policyNumber: z.string().min(1).max(10),
  themeNumber: z.string().min(1).max(10),
  code: z.string().trim().min(1).max(20),
});

export const kpiPatchBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    note: z.string().max(500).nullable(),
    tags: z.array(z.string().min(1).max(10)).max(10),
    departments: z.array(z.string().trim().min(1).max(40)).max(20),
    unit: z.string().max(20),
    baseline: baseline.nullable(),
    counting: z.enum(['single-year', 'cumulative']),
    target: target.nullable(),
    basis: z.enum(['latest', 'cumulative', 'period-sum']),
    formula: z.enum(['ratio', 'progress']),
    direction: z.enum(['increase', 'decrease', 'maintain']),
  })
  .partial()
  .extend({ version: recordVersion })
  .refine(nonEmpty, 'nothing to change');
