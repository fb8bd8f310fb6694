import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYear } from './fiscal-year.ts';

/** What a plan says about the years a collection round may ask for. */
export interface RoundYearInput {
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
  /** Years with approved figures: the ones reported already. */
  readonly reported: readonly FiscalYear[];
  /** Years that have a round already. */
  readonly taken: readonly FiscalYear[];
  /** The fiscal year today falls in (Japan's calendar). */
  readonly today: FiscalYear;
}

/**
 * The years an admin may open a round for, and the one to propose (issue 23): the plan's
 * period only (no year past its end), and first the year after the latest reported one that
 * has no round yet — Yuzawa's R6 after R5, not the R7 today's date would suggest. Without a
 * period, the years around today.
 * @example roundYears({ startYear: 2021, endYear: 2026, reported: [2021, 2022, 2023], taken: [], today: 2025 }).proposed // 2024
 */
export function roundYears(input: RoundYearInput): {
  readonly choices: readonly FiscalYear[];
  readonly proposed: FiscalYear | null;
} {
  const latest = input.reported.length > 0 ? Math.max(...input.reported) : null;
  const first = input.startYear ?? (latest === null ? input.today - 2 : latest - 1);
  const last = input.endYear ?? input.today + 1;
  const choices: FiscalYear[] = [];
  for (let year = first; year <= last; year += 1) choices.push(fiscalYear(year));
  const open = choices.filter((year) => !input.taken.includes(year));
  const after = latest === null ? null : open.find((year) => year > latest);
  const beforeToday = open.filter((year) => year < input.today).at(-1);
  return { choices, proposed: after ?? beforeToday ?? open[0] ?? null };
}
