import { z } from 'zod';
import { ENTRY_ACTION_KINDS, ENTRY_STATES, RECORD_STATES } from '../../../domain/entry-state.ts';
import {
  BASES,
  COUNTINGS,
  DIRECTIONS,
  FORMULAS,
  TARGET_KINDS,
  CUMULATIVE_LABELS,
} from '../../../domain/model.ts';
import { ROUND_STATES } from '../../../domain/round.ts';
import { list, planParams, planSummaryView } from '../common-schemas.ts';
import { evaluationSchemeView, evaluationView } from '../evaluations/evaluation-schemas.ts';
import { entryComment, entryParams, submissionView } from '../rounds/round-schemas.ts';
import { viewSchema } from '../view-schema.ts';
import type { EntryFormView, RoundSummaryView } from '../../../domain/api-contract.ts';

export { entryParams, planParams };

export const entryFormQuery = z.object({
  department: z.string().trim().min(1).max(40).describe('the entry’s department (担当課)'),
});

const figureValue = z.object({
  value: z.string().nullable(),
  secondary: z.string().nullable(),
  mark: z.string().nullable(),
  estimate: z.boolean(),
});
const yearFigure = z.object({ fiscalYear: z.number(), figure: figureValue });

/** A KPI as a domain value (src/domain/model.ts Kpi), figures as decimal strings. */
export const kpiValue = z.object({
  code: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  tags: list(z.string()),
  departments: list(z.string()),
  unit: z.string(),
  baseline: z.object({ value: z.string(), fiscalYear: z.number().nullable() }).nullable(),
  counting: z.enum(COUNTINGS),
  direction: z.enum(DIRECTIONS),
  basis: z.enum(BASES),
  formula: z.enum(FORMULAS),
  target: z
    .object({
      kind: z.enum(TARGET_KINDS),
      value: z.string(),
      fiscalYear: z.number().nullable(),
    })
    .nullable(),
  milestones: list(yearFigure),
  actuals: list(yearFigure),
  departmentActuals: list(z.object({ department: z.string(), actuals: list(yearFigure) })),
  cumulativeActuals: list(yearFigure),
  cumulativeLabel: z.enum(CUMULATIVE_LABELS),
  narratives: list(
    z.object({ fiscalYear: z.number(), department: z.string().nullable(), text: z.string() }),
  ),
  extras: list(z.object({ label: z.string(), text: z.string() })),
  /** The range the KPI declares for its figures (absent: its unit's). */
  validRange: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullish(),
});

const storedSlot = z
  .object({ text: z.string(), state: z.enum(RECORD_STATES), version: z.number() })
  .nullable();

export const entryFormView = viewSchema<EntryFormView>()(
  z.object({
    plan: planSummaryView,
    round: z.object({ fiscalYear: z.number(), dueDate: z.string(), state: z.enum(ROUND_STATES) }),
    entry: z.object({
      code: z.string(),
      title: z.string(),
      department: z.string(),
      state: z.enum(ENTRY_STATES),
      reopened: z.boolean(),
      overdue: z.boolean(),
      actions: list(z.enum(ENTRY_ACTION_KINDS)),
      comments: list(entryComment),
    }),
    slotDepartment: z.string().nullable(),
    editable: z.boolean(),
    kpi: kpiValue,
    ratePrecision: z.object({ decimals: z.literal([0, 1, 2]), widenNear100: z.boolean() }),
    gradeScale: z.object({ labels: list(z.string()), cuts: list(z.number()) }),
    planEnd: z.number().nullable(),
    figure: storedSlot,
    cumulative: storedSlot,
    narrative: storedSlot,
    previousNarrative: z.object({ fiscalYear: z.number(), text: z.string() }).nullable(),
    submission: submissionView,
    selfEvaluation: z
      .object({ scheme: evaluationSchemeView, stored: evaluationView.nullable() })
      .nullable()
      .describe('the self-evaluation (一次評価) the entry of the KPI’s own row asks for'),
  }),
);

export const roundSummaryView = viewSchema<RoundSummaryView>()(
  z.object({
    fiscalYear: z.number(),
    dueDate: z.string(),
    state: z.enum(ROUND_STATES),
    owed: z.number(),
    reopened: z.number(),
    total: z.number(),
  }),
);
