import { rangeProblem } from '../../../domain/valid-range.ts';
import { z } from 'zod';
import type {
  FigureHistoryView,
  KpiDepartmentsResultView,
  KpiDetailView,
  KpiRetirementResultView,
  KpiRevisionResultView,
  NarrativeHistoryView,
} from '../../../domain/api-contract.ts';
import { RECORD_STATES } from '../../../domain/entry-state.ts';
import { BASES, COUNTINGS, DIRECTIONS, FORMULAS, TARGET_KINDS } from '../../../domain/model.ts';
import {
  decimalText,
  fiscalYearText,
  nonEmpty,
  auditEntryView,
  planSummaryView,
  recordVersion,
  list,
  changeReason,
} from '../common-schemas.ts';
import { baselineView, reportRowView, targetView } from '../plans/report-schemas.ts';
import { viewSchema } from '../view-schema.ts';
import { evaluationSchemeView, evaluationView } from '../evaluations/evaluation-schemas.ts';
import { EVALUATION_LEVELS } from '../../../domain/evaluation.ts';

const baseline = z.object({
  value: decimalText,
  fiscalYear: fiscalYearText.nullable().default(null),
});
const target = z.object({
  kind: z.enum(TARGET_KINDS).default('value'),
  value: decimalText,
  fiscalYear: fiscalYearText.nullable().default(null),
});

/** The range a KPI declares for its figures (null bounds open); null: its unit's range. */
const validRangeBody = z
  .object({ min: z.number().finite().nullable(), max: z.number().finite().nullable() })
  .superRefine((range, context) => {
    const problem = rangeProblem(range);
    if (problem !== null) context.addIssue({ code: 'custom', path: ['max'], message: problem });
  })
  .nullable();

export const kpiFieldsBody = z.object({
  title: z.string().trim().min(1).max(300),
  note: z.string().max(500).nullable().default(null),
  tags: z.array(z.string().min(1).max(10)).max(10).default([]),
  departments: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  unit: z.string().max(20).default(''),
  baseline: baseline.nullable().default(null),
  counting: z.enum(COUNTINGS).default('single-year'),
  target: target.nullable().default(null),
  basis: z.enum(BASES).default('latest'),
  formula: z.enum(FORMULAS).default('ratio'),
  direction: z.enum(DIRECTIONS).optional(),
  validRange: validRangeBody.default(null),
});

export const newKpiBody = kpiFieldsBody.extend({
  policyNumber: z.string().min(1).max(10),
  themeNumber: z.string().min(1).max(10),
  code: z.string().trim().min(1).max(20),
  /** The year the KPI takes effect; required once a year of the plan is published. */
  from: fiscalYearText.optional(),
  reason: changeReason.optional(),
});

/** POST …/kpis/:code/revisions: the definition fields that change from a year, and why. */
export const kpiRevisionBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    note: z.string().max(500).nullable(),
    tags: z.array(z.string().min(1).max(10)).max(10),
    unit: z.string().max(20),
    baseline: baseline.nullable(),
    counting: z.enum(COUNTINGS),
    target: target.nullable(),
    basis: z.enum(BASES),
    formula: z.enum(FORMULAS),
    direction: z.enum(DIRECTIONS),
  })
  .partial()
  .extend({ from: fiscalYearText, reason: changeReason });

/** POST …/kpis/:code/move: the theme program it goes to, and the KPI it goes before (null: last). */
export const kpiMoveBody = z.strictObject({
  policyNumber: z.string().min(1).max(10),
  themeNumber: z.string().min(1).max(10),
  before: z.string().min(1).max(20).nullable(),
  /** The year the move takes effect, and why: required once a year of the plan is published. */
  from: fiscalYearText.optional(),
  reason: changeReason.optional(),
});

/** POST …/kpis/:code/departments: the KPI's responsible departments from a year, and why. */
export const kpiDepartmentsBody = z.strictObject({
  departments: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
  from: fiscalYearText,
  reason: changeReason,
});

export const kpiDepartmentsResult = viewSchema<KpiDepartmentsResultView>()(
  z.object({
    code: z.string(),
    from: z.number(),
    departments: z.array(z.string()),
    departmentsBefore: z.array(z.string()),
  }),
);

/** POST …/kpis/:code/retirement: the year the KPI leaves the plan, why, and its successor. */
export const kpiRetirementBody = z.object({
  from: fiscalYearText,
  reason: changeReason,
  replacedBy: z.string().trim().min(1).max(20).nullable().default(null),
});

export const kpiRevisionResult = viewSchema<KpiRevisionResultView>()(
  z.object({
    code: z.string(),
    from: z.number(),
    changed: list(z.string()),
  }),
);

export const kpiRetirementResult = viewSchema<KpiRetirementResultView>()(
  z.object({ code: z.string(), from: z.number() }),
);

export const kpiPatchBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    note: z.string().max(500).nullable(),
    tags: z.array(z.string().min(1).max(10)).max(10),
    departments: z.array(z.string().trim().min(1).max(40)).max(20),
    unit: z.string().max(20),
    baseline: baseline.nullable(),
    counting: z.enum(COUNTINGS),
    target: target.nullable(),
    basis: z.enum(BASES),
    formula: z.enum(FORMULAS),
    direction: z.enum(DIRECTIONS),
    validRange: validRangeBody,
  })
  .partial()
  .extend({
    version: recordVersion,
    /** Why: required for a correction once a year of the plan is published. */
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine(({ reason: _reason, ...fields }) => nonEmpty(fields), 'nothing to change');

/** The domain's one list of record states (src/domain/entry-state.ts). */
const state = z.enum(RECORD_STATES);

/** A stored figure or narrative as the API shows it: no internal id leaves the server. */
export const figureView = viewSchema<FigureHistoryView>()(
  z.object({
    fiscalYear: z.number(),
    department: z.string().nullable(),
    series: z.enum(['actual', 'cumulative', 'milestone']),
    text: z.string(),
    value: z.string().nullable(),
    state,
    version: z.number(),
    updatedAt: z.string(),
  }),
);

export const narrativeView = viewSchema<NarrativeHistoryView>()(
  z.object({
    fiscalYear: z.number(),
    department: z.string().nullable(),
    text: z.string(),
    state,
    version: z.number(),
    updatedAt: z.string(),
  }),
);

/** GET …/kpis/:code: the KPI's report row, its trend and its stored history. */
const kpiLink = z.object({ planId: z.number(), planName: z.string(), code: z.string() });

export const kpiDetailView = viewSchema<KpiDetailView>()(
  z.object({
    plan: planSummaryView,
    fiscalYear: z.number(),
    years: list(z.number()),
    gradeLabels: list(z.string()),
    row: reportRowView,
    reductionProgress: z
      .object({ done: z.string(), planned: z.string(), rate: z.string().nullable() })
      .nullable()
      .describe('a reduction KPI rated target ÷ actual: the share of its planned cut done'),
    version: z.number(),
    validRange: z
      .object({ min: z.number().nullable(), max: z.number().nullable(), declared: z.boolean() })
      .nullable(),
    trend: list(
      z.object({
        fiscalYear: z.number(),
        value: z.number(),
        kind: z.enum(['baseline', 'actual', 'projection', 'target']),
      }),
    ),
    figures: list(figureView),
    narratives: list(narrativeView),
    changes: list(auditEntryView),
    life: z.object({
      from: z.number().nullable(),
      until: z.number().nullable(),
      replacedBy: z.string().nullable(),
      replaces: list(z.string()),
      definitions: list(
        z.object({
          fromYear: z.number().nullable(),
          title: z.string(),
          unit: z.string(),
          direction: z.enum(DIRECTIONS),
          basis: z.enum(BASES),
          formula: z.enum(FORMULAS),
          counting: z.enum(COUNTINGS),
          baseline: baselineView,
          target: targetView,
          reason: z.string().nullable(),
          at: z.string().nullable(),
        }),
      ),
      places: list(
        z.object({
          fromYear: z.number(),
          field: z.enum(['departments', 'theme']),
          before: z.string(),
          after: z.string(),
          reason: z.string().nullable(),
        }),
      ),
    }),
    continuation: z.object({
      continues: kpiLink.nullable(),
      continuedBy: list(kpiLink),
    }),
    evaluations: list(evaluationView),
    evaluationScheme: evaluationSchemeView,
    evaluationRights: list(z.enum(EVALUATION_LEVELS)),
  }),
);
