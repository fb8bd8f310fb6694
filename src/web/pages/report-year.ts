import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';

/** The `fy` search param as a fiscal year (2023, or R5 as people type it), or null for the latest. */
export function requestedYear(search: URLSearchParams): FiscalYear | null {
  const text = search.get('fy');
  return text === null ? null : (parseFiscalYear(text) ?? null);
}

/**
 * Whether the year a report is of has figures. A member may ask for any year (?fy=2024); the
 * server then computes from the latest figures before it, so a page of a year without figures
 * would head R5's rates 令和6年度: it says the year has none instead. A round's year counts
 * once its drafts are asked for.
 */
export function yearHasFigures(report: {
  readonly fiscalYear: FiscalYear;
  readonly plan: { readonly fiscalYears: readonly FiscalYear[] };
  /** Unapproved records shown on request (?drafts=1): a round's year has them before approval. */
  readonly drafts?: readonly { readonly fiscalYear: FiscalYear }[];
}): boolean {
  return (
    report.plan.fiscalYears.includes(report.fiscalYear) ||
    (report.drafts ?? []).some((d) => d.fiscalYear === report.fiscalYear)
  );
}
