import type { EntryState } from './entry-state.ts';
import { ENTRY_STATES } from './entry-state.ts';
import type { RoundEntry } from './round.ts';

/** An entry not approved: what the public will not see for the year once it is published. */
export interface UnapprovedEntry {
  readonly code: string;
  readonly title: string;
  readonly department: string;
  readonly state: Exclude<EntryState, 'approved'>;
}

/**
 * Where a round stands before it is closed or its year published (issue 21): how many entries
 * in each state, the departments no editor account can enter for (they got no e-mail), and the
 * entries not approved, whose figures the published year will not show.
 */
export interface RoundCompleteness {
  readonly counts: Readonly<Record<EntryState, number>>;
  readonly total: number;
  readonly departmentsWithoutEditor: readonly string[];
  readonly notApproved: readonly UnapprovedEntry[];
}

/**
 * Counts a round's entries by state and names what is missing.
 * @example
 * // The demo R6 round with ⑦ approved and nobody for 総務課:
 * roundCompleteness(entries, new Set(['企画課', '情報政策課']))
 * // → { counts: { approved: 1, not_started: 21, … }, departmentsWithoutEditor: ['総務課', …], … }
 */
export function roundCompleteness(
  entries: readonly Pick<RoundEntry, 'code' | 'title' | 'department' | 'state'>[],
  editorDepartments: ReadonlySet<string>,
): RoundCompleteness {
  const counts: Record<EntryState, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
  };
  const notApproved: UnapprovedEntry[] = [];
  const without = new Set<string>();
  for (const entry of entries) {
    counts[entry.state] += 1;
    if (entry.state !== 'approved') {
      notApproved.push({
        code: entry.code,
        title: entry.title,
        department: entry.department,
        state: entry.state,
      });
    }
    if (!editorDepartments.has(entry.department)) without.add(entry.department);
  }
  return {
    counts,
    total: ENTRY_STATES.reduce((sum, s) => sum + counts[s], 0),
    departmentsWithoutEditor: [...without],
    notApproved,
  };
}
