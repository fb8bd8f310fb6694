import type { reviewJa } from './messages-review-ja.ts';

/** The review's texts in English: the same keys as messages-review-ja.ts. */
export const reviewEn: Record<keyof typeof reviewJa, string> = {
  colSubmission: 'Entered',
  reviewTitle: 'What was entered',
  reviewFigure: 'Actual',
  reviewCumulative: 'Cumulative',
  reviewNarrative: 'Narrative',
  reviewRate: 'Rate',
  reviewGrade: 'Grade',
  reviewNoRate: 'No rate',
  reviewNothing: 'Nothing entered',
  reviewPrevious: '{year}: {figure}',
  reviewPreviousLabel: 'Last year',
  reviewChanges: 'Changed since the return',
  reviewNoChanges: 'Nothing changed since the return',
  reviewFieldFigure: 'Actual',
  reviewFieldCumulative: 'Cumulative',
  reviewFieldNarrative: 'Narrative',
  reviewEmptyText: '(none)',
  roundMineClosedLead:
    'The round for {year} is closed. Correct and submit the entries reopened for you.',
  reopened: 'Reopened',
  outboxKindReturned: 'Entry returned',
  outboxKindReopened: 'Entry reopened',
  outboxKindApproved: 'Entry approved',
  reviewMovesTitle: 'Review',
};
