import { z } from 'zod';
import { ENTRY_ACTION_KINDS, ENTRY_STATES } from '../../../domain/entry-state.ts';
import { ROUND_STATES } from '../../../domain/round.ts';
import type {
  RoundBoardView,
  RoundClosedView,
  RoundEntryView,
  RoundOpenedView,
  RoundView,
} from '../../../domain/api-contract.ts';
import type { EntrySubmission } from '../../../domain/entry-review.ts';
import type { RoundCompleteness } from '../../../domain/round-completeness.ts';
import { fiscalYearText, list, planParams } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

const department = z.string().trim().min(1).max(40);
const note = z.string().trim().min(1).max(2000);

export const roundParams = planParams.extend({ fy: fiscalYearText });
export const entryParams = roundParams.extend({ code: z.string().min(1).max(20) });

export const openRoundBody = z.object({
  fy: fiscalYearText,
  due: z.string().min(1).max(20).describe('the due date, YYYY-MM-DD'),
});

export const departmentBody = z.object({ department });
export const returnBody = z.object({
  department,
  comment: note.describe('why it goes back; the editor reads it on the entry'),
});
export const reopenBody = z.object({ department, reason: note });
export const approvalsBody = z.object({
  entries: z
    .array(z.object({ code: z.string().min(1).max(20), department }))
    .min(1)
    .max(1000),
});

export const roundView = viewSchema<RoundView>()(
  z.object({
    fiscalYear: z.number(),
    dueDate: z.string(),
    state: z.enum(ROUND_STATES),
    openedBy: z.string(),
    openedAt: z.string(),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
  }),
);

/** Why an entry was sent back or reopened: the conversation the editor reads. */
export const entryComment = z.object({
  at: z.string(),
  author: z.string(),
  kind: z.enum(['return', 'reopen']),
  text: z.string(),
});

export const entryView = viewSchema<RoundEntryView>()(
  z.object({
    code: z.string(),
    title: z.string(),
    department: z.string(),
    state: z.enum(ENTRY_STATES),
    reopened: z.boolean(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    comments: list(entryComment),
  }),
);

const counts = z.object({
  not_started: z.number(),
  draft: z.number(),
  submitted: z.number(),
  returned: z.number(),
  approved: z.number(),
}) satisfies z.ZodType<Record<(typeof ENTRY_STATES)[number], number>>;

/** What the department entered, as reviewEntry reads it (src/domain/entry-review.ts). */
export const submissionView = viewSchema<EntrySubmission>()(
  z.object({
    figure: z
      .string()
      .nullable()
      .describe('the year’s figure as written (its row: the KPI’s or the department’s)'),
    cumulative: z
      .string()
      .nullable()
      .describe('the printed cumulative figure (累計), where the KPI keeps one'),
    narrative: z.string().nullable(),
    unit: z.string(),
    rate: z.string().nullable().describe('the rate the figure gives, at the plan’s precision'),
    grade: z.string().nullable(),
    previous: z.object({ fiscalYear: z.number(), figure: z.string() }).nullable(),
    changesSinceReturn: list(
      z.object({
        field: z.enum(['figure', 'cumulative', 'narrative']),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    )
      .nullable()
      .describe('what changed since the entry was last returned; null when it never was'),
  }),
);

/** What a round leaves before it closes or its year is published (roundCompleteness). */
export const completenessView = viewSchema<RoundCompleteness>()(
  z.object({
    counts,
    total: z.number(),
    departmentsWithoutEditor: list(z.string()).describe(
      'departments no active editor account enters for: they got no e-mail',
    ),
    notApproved: list(
      z.object({
        code: z.string(),
        title: z.string(),
        department: z.string(),
        state: z.enum(['not_started', 'draft', 'submitted', 'returned']),
      }),
    ).describe('entries whose figures a published year will not show'),
  }),
);

export const boardView = viewSchema<RoundBoardView>()(
  z.object({
    round: roundView,
    today: z.string(),
    completeness: completenessView.describe(
      'the entries the reader sees, by state, and what is missing',
    ),
    departments: list(
      z.object({
        department: z.string(),
        counts,
        total: z.number(),
        overdue: z.number(),
        editors: z
          .number()
          .describe('active editor accounts of the department (0: nobody is asked)'),
      }),
    ),
    entries: list(
      entryView.extend({
        overdue: z.boolean(),
        owed: z.boolean().describe('its department still has to submit it'),
        submission: submissionView,
        selfEvaluation: z
          .object({ grade: z.string(), text: z.string() })
          .nullable()
          .describe('the KPI’s self-evaluation (一次評価), on the entry of its own row'),
        actions: list(z.enum(ENTRY_ACTION_KINDS)).describe(
          'what the reader may do to it now (its state, the round and the reader’s rights)',
        ),
      }),
    ),
  }),
);

export const openedView = viewSchema<RoundOpenedView>()(
  z.object({
    round: roundView,
    entries: z.number(),
    departmentsWithoutEditor: list(z.string()).describe(
      'departments with entries but no active editor account: nobody was e-mailed for them',
    ),
  }),
);

export const closedView = viewSchema<RoundClosedView>()(
  roundView.extend({
    left: completenessView.describe('what the round left when it closed'),
  }),
);
