import type { PublicationView } from '../../domain/api-contract.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';

/** A fiscal year of a plan with its publication, or null while it is not published. */
export interface YearPublication {
  readonly fiscalYear: FiscalYear;
  readonly publication: PublicationView | null;
}

/**
 * The years a member reads that visitors do not: those with figures but no publication (the
 * year switcher marks them 未公開). Without the list (a visitor's view) there are none.
 */
export function unpublishedYears(
  years: readonly FiscalYear[],
  publications: readonly PublicationView[] | null,
): ReadonlySet<FiscalYear> {
  if (publications === null) return new Set();
  const published = new Set(publications.map((p) => p.fiscalYear));
  return new Set(years.filter((year) => !published.has(year)));
}

/**
 * Every year an admin may publish or withdraw, oldest first: the years with figures and any
 * year published without figures yet, each with its publication.
 */
export function yearPublications(
  years: readonly FiscalYear[],
  publications: readonly PublicationView[],
): YearPublication[] {
  const byYear = new Map(publications.map((p) => [p.fiscalYear, p]));
  const all = new Set([...years, ...byYear.keys()]);
  return [...all]
    .sort((a, b) => a - b)
    .map((fiscalYear) => ({ fiscalYear, publication: byYear.get(fiscalYear) ?? null }));
}
