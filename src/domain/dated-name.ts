import type { FiscalYear } from './fiscal-year.ts';

/*
 * A name that changes from a fiscal year (a department after a reorganisation, a basic policy
 * or theme program at the mid-term review). What is stored bears the current name; the years
 * before a rename are given the name they had, so a published year keeps what it printed.
 */

/** One rename: from `fromYear` on the name is `newName`; it was `oldName` before. */
export interface NameChange {
  readonly fromYear: FiscalYear;
  readonly oldName: string;
  readonly newName: string;
}

/**
 * The name one thing bore in `year`, given its renames (any order), or null when that is its
 * current name. Renamed twice (A → B from R7, B → C from R9): A before R7, B in R7 and R8, C
 * from R9; two renames from one year apply in the order they were made.
 * @example nameInYear([{ fromYear: R7, oldName: '情報政策課', newName: 'DX推進課' }], R5) // '情報政策課'
 */
export function nameInYear(chain: readonly NameChange[], year: FiscalYear): string | null {
  const current = currentName(chain);
  if (current === null) return null;
  const ordered = [...chain].sort((a, b) => a.fromYear - b.fromYear);
  // The first rename not yet in force that year says what it was called then.
  const pending = ordered.find((r) => r.fromYear > year);
  return pending && pending.oldName !== current ? pending.oldName : null;
}

/** The name the last rename in force gives (null: never renamed). */
export function currentName(chain: readonly NameChange[]): string | null {
  const ordered = [...chain].sort((a, b) => a.fromYear - b.fromYear);
  return ordered[ordered.length - 1]?.newName ?? null;
}
