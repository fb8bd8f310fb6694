import { EVALUATION_LEVELS, FUTURE_DIRECTIONS } from '../../../domain/evaluation.ts';
import { NO_RATE_REASONS } from '../../../domain/achievement.ts';
import { z } from 'zod';
import type { PlanReportView } from '../../../domain/api-contract.ts';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { RECORD_STATES } from '../../../domain/entry-state.ts';
import {
  BASES,
  COUNTINGS,
  DIRECTIONS,
  FORMULAS,
  TARGET_KINDS,
  CUMULATIVE_LABELS,
} from '../../../domain/model.ts';
import { list, planSummaryView } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

/*
 * The report as src/domain/plan-report.ts builds it, every field. The report route sends it
 * precomputed from a cache, so these schemas are not checked on each request: the compiler
 * holds them to the view types (viewSchema) and test/server/response-schemas.test.ts holds
 * the answers to them.
 */

/** One printed figure of a row: "2(1)" is value 2, secondary 1. */
const reportFigure = z.object({
  fiscalYear: z.number(),
  text: z.string(),
  value: z.string().nullable(),
  secondary: z.string().nullable(),
  estimate: z.boolean(),
});

/** A figure per report year column, null where the year has none. */
const yearColumns = list(reportFigure.nullable());

export const baselineView = z
  .object({ value: z.string(), fiscalYear: z.number().nullable() })
  .nullable();
export const targetView = z
  .object({
    kind: z.enum(TARGET_KINDS),
    value: z.string(),
    fiscalYear: z.number().nullable(),
  })
  .nullable();

const gradeCount = z.object({ grade: z.string(), count: z.number() });

/** One KPI's row of the table: figures, rate, grade, how the rate was computed, projection. */
export const reportRowView = viewSchema<ReportRow>()(
  z.object({
    code: z.string(),
    title: z.string(),
    note: z.string().nullable(),
    tags: list(z.string()),
    policy: z.object({ number: z.string(), name: z.string() }),
    theme: z.object({ number: z.string(), name: z.string(), actionItems: list(z.string()) }),
    departments: list(z.string()),
    unit: z.string(),
    counting: z.enum(COUNTINGS),
    direction: z.enum(DIRECTIONS),
    basis: z.enum(BASES),
    formula: z.enum(FORMULAS),
    baseline: baselineView,
    target: targetView,
    actuals: yearColumns,
    plans: yearColumns.nullable(),
    departmentRows: list(z.object({ department: z.string(), actuals: yearColumns })),
    cumulativeRow: yearColumns.nullable(),
    cumulativeLabel: z.enum(CUMULATIVE_LABELS),
    rate: z.string().nullable(),
    ratio: z.number().nullable(),
    grade: z.string().nullable(),
    noRateReason: z.enum(NO_RATE_REASONS).nullable(),
    explanation: z
      .object({
        numerator: z.string(),
        denominator: z.string(),
        numeratorTerms: list(z.string()).nullable(),
        denominatorTerms: list(z.string()).nullable(),
        exactPercent: z.string(),
        rate: z.string(),
      })
      .nullable(),
    projection: z
      .object({
        targetYear: z.number(),
        projectedValue: z.number(),
        projectedText: z.string().nullable(),
        projectedRatio: z.number(),
        onCourse: z.boolean(),
        slope: z.number(),
      })
      .nullable(),
    atRisk: z.boolean(),
    previous: z
      .object({
        fiscalYear: z.number(),
        rate: z.string().nullable(),
        grade: z.string().nullable(),
      })
      .nullable(),
    narratives: list(z.object({ department: z.string().nullable(), text: z.string() })),
    extras: list(z.object({ label: z.string(), text: z.string() })),
  }),
);

/** GET …/report: the table of a year, its counts and, with drafts=1, the entries in review. */
export const planReportView = viewSchema<PlanReportView>()(
  z.object({
    plan: planSummaryView,
    planName: z.string(),
    fiscalYear: z.number(),
    years: list(z.number()),
    ratePrecision: z.object({ decimals: z.literal([0, 1, 2]), widenNear100: z.boolean() }),
    gradeLabels: list(z.string()),
    gradeCuts: list(z.number()),
    rows: list(reportRowView),
    evaluations: list(
      z.object({
        code: z.string(),
        level: z.enum(EVALUATION_LEVELS),
        grade: z.string(),
        meaning: z.string().nullable(),
        text: z.string(),
        direction: z.enum(FUTURE_DIRECTIONS).nullable(),
      }),
    ),
    summary: z.object({
      kpis: z.number(),
      withRate: z.number(),
      byGrade: list(gradeCount),
      byPolicy: list(
        z.object({
          number: z.string(),
          name: z.string(),
          kpis: z.number(),
          byGrade: list(gradeCount),
        }),
      ),
      atRisk: z.number(),
      changes: list(
        z.object({
          code: z.string(),
          title: z.string(),
          fromYear: z.number(),
          fromRate: z.string().nullable(),
          fromGrade: z.string().nullable(),
          toRate: z.string().nullable(),
          toGrade: z.string().nullable(),
          trend: z.enum(['up', 'down', 'new', 'lost']),
        }),
      ),
      achievedShare: z.string().nullable(),
      achieved: z.number(),
      averageRate: z.string().nullable(),
      cappedAverageRate: z.string().nullable(),
    }),
    /** With drafts=1 (members): the entries counted though not yet approved; else empty. */
    drafts: list(
      z.object({
        code: z.string(),
        fiscalYear: z.number(),
        department: z.string().nullable(),
        kind: z.enum(['actual', 'cumulative', 'narrative']),
        state: z.enum(RECORD_STATES).exclude(['approved']),
      }),
    ),
  }),
);
