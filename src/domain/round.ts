import type { EntryTexts } from './entry-review.ts';
import type { EntryState } from './entry-state.ts';
import { ENTRY_STATES } from './entry-state.ts';
import type { FiscalYear } from './fiscal-year.ts';

/** A yearly collection round (照会) of a plan: open until an admin closes (locks) the year. */
export const ROUND_STATES = ['open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export interface Round {
  readonly id: number;
  readonly planId: number;
  readonly fiscalYear: FiscalYear;
  /** YYYY-MM-DD: the last day departments have. */
  readonly dueDate: string;
  readonly state: RoundState;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
}

/** Why an entry was sent back or reopened: the conversation the editor reads. */
export interface EntryComment {
  readonly at: string;
  readonly author: string;
  readonly kind: 'return' | 'reopen';
  readonly text: string;
  /** What a returned entry read when it was returned (null on a reopen, or when not kept). */
  readonly returnedWith: EntryTexts | null;
}

/** One KPI × responsible department of a round. */
export interface RoundEntry {
  readonly id: number;
  readonly kpiId: number;
  readonly code: string;
  readonly title: string;
  readonly department: string;
  readonly state: EntryState;
  /** Reopened by an admin after the round closed: writable again until approved. */
  readonly reopened: boolean;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly comments: readonly EntryComment[];
}

/** A YYYY-MM-DD calendar date, the only form a due date takes. */
export function parseDueDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? text.trim()
    : undefined;
}

/**
 * An entry still owed after its due date: anything not yet submitted (a returned entry is
 * owed again). `today` is the municipality's calendar day, YYYY-MM-DD, given by the caller.
 */
export function isOverdue(state: EntryState, dueDate: string, today: string): boolean {
  return isOwed(state) && today > dueDate;
}

/** An entry the department still has to submit: not started, a draft, or sent back to it. */
export function isOwed(state: EntryState): boolean {
  return state === 'not_started' || state === 'draft' || state === 'returned';
}

/**
 * What a department still has to submit in a round as it stands: while the round is open,
 * anything not yet submitted; once it closed, only an entry an admin reopened (the year is
 * locked for the rest), until it is submitted again.
 * @example owesEntry({ state: 'draft', reopened: true }, 'closed') // true: ⑦ reopened to correct R6
 */
export function owesEntry(
  entry: Pick<RoundEntry, 'state' | 'reopened'>,
  roundState: RoundState,
): boolean {
  return isOwed(entry.state) && (roundState === 'open' || entry.reopened);
}

/** One department's line on the planning division's board. */
export interface DepartmentProgress {
  readonly department: string;
  readonly counts: Readonly<Record<EntryState, number>>;
  readonly total: number;
  readonly overdue: number;
}

/** The round's progress per department, in the order the departments first appear. */
export function progressByDepartment(
  entries: readonly Pick<RoundEntry, 'department' | 'state'>[],
  dueDate: string,
  today: string,
): DepartmentProgress[] {
  const lines = new Map<string, { counts: Record<EntryState, number>; overdue: number }>();
  for (const entry of entries) {
    let line = lines.get(entry.department);
    if (!line) {
      const counts: Record<EntryState, number> = {
        not_started: 0,
        draft: 0,
        submitted: 0,
        returned: 0,
        approved: 0,
      };
      line = { counts, overdue: 0 };
      lines.set(entry.department, line);
    }
    line.counts[entry.state] += 1;
    if (isOverdue(entry.state, dueDate, today)) line.overdue += 1;
  }
  return [...lines].map(([department, line]) => ({
    department,
    counts: line.counts,
    total: ENTRY_STATES.reduce((sum, s) => sum + line.counts[s], 0),
    overdue: line.overdue,
  }));
}
