import { z } from 'zod';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { RECORD_STATES } from '../../../domain/entry-state.ts';
import {
  decimalText,
  fiscalYearText,
  nonEmpty,
  auditEntryView,
  planSummaryView,
  recordVersion,
  list,
} from '../common-schemas.ts';
import { reportRowView } from '../plans/report-schemas.ts';
import { viewSchema } from '../view-schema.ts';

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

/** The domain's one list of record states (src/domain/entry-state.ts). */
const state = z.enum(RECORD_STATES);

/** A stored figure or narrative as the API shows it: no internal id leaves the server. */
export const figureView = z.object({
  fiscalYear: z.number(),
  department: z.string().nullable(),
  series: z.enum(['actual', 'cumulative', 'milestone']),
  text: z.string(),
  value: z.string().nullable(),
  state,
  version: z.number(),
  updatedAt: z.string(),
});

export const narrativeView = z.object({
  fiscalYear: z.number(),
  department: z.string().nullable(),
  text: z.string(),
  state,
  version: z.number(),
  updatedAt: z.string(),
});

/** GET …/kpis/:code: the KPI's report row, its trend and its stored history. */
export const kpiDetailView = viewSchema<KpiDetailView>()(
  z.object({
    plan: planSummaryView,
    fiscalYear: z.number(),
    years: list(z.number()),
    gradeLabels: list(z.string()),
    row: reportRowView,
    version: z.number(),
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
  }),
);
