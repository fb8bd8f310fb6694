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
  boardEditors: 'Editors',
  boardNoEditor: 'No editor',
  boardNoEditorNote:
    'Departments without an editor account: {departments}. They get no e-mail and cannot enter anything. Add an editor on the accounts page.',
  stateCount: '{state}: {count}',
  roundCloseLeft: 'Entries: {counts} (of {total})',
  roundCloseNotApproved:
    '{count} entries are not approved. Once closed, they can be changed only when an admin reopens them.',
  roundCloseNoEditor: 'Departments without an editor account: {departments}',
  roundOpenedNoEditor: 'Departments without an editor account (no e-mail sent): {departments}',
  publishNotApproved:
    '{count} entries of this year’s round are not approved. Only approved figures are published; these KPIs will show no figure for the year:',
  publishNotApprovedMore: 'and {count} more',
  reviewMovesTitle: 'Review',
};
