import type { FigureState } from './records.ts';

/**
 * The `approved_text` a record gets when it is written or moved to a new state: none once the
 * record itself is approved; the text it had when it was approved, when an approved record
 * becomes a draft again (a reopened entry, an admin's save over it); unchanged otherwise, so a
 * second draft over the first keeps the published text. One rule for every write path.
 * @example approvedTextAfter({ state: 'approved', text: '283179', approvedText: null }, 'draft') // '283179'
 */
export function approvedTextAfter(
  before:
    | { readonly state: FigureState; readonly text: string; readonly approvedText: string | null }
    | undefined,
  state: FigureState,
): string | null {
  if (state === 'approved' || before === undefined) return null;
  return before.state === 'approved' ? before.text : before.approvedText;
}
