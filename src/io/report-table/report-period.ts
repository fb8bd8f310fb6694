import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Column, HeaderMap } from './header-map.ts';
import type { ImportedKpi } from '../imported-report.ts';

const latest = (years: readonly FiscalYear[]) =>
  years.reduce<FiscalYear | null>((a, b) => (a === null || b > a ? b : a), null);
const earliest = (years: readonly FiscalYear[]) =>
  years.reduce<FiscalYear | null>((a, b) => (a === null || b < a ? b : a), null);

function headerYears(header: HeaderMap, kinds: readonly Column['role']['kind'][]): FiscalYear[] {
  return header.columns.flatMap((c) =>
    kinds.includes(c.role.kind) && 'fiscalYear' in c.role && c.role.fiscalYear !== null
      ? [c.role.fiscalYear]
      : [],
  );
}

/** The plan period as the table shows it: the first actual year to the targets' year (R3–R8). */
export function planPeriod(
  header: HeaderMap,
  kpis: readonly ImportedKpi[],
): { startYear: FiscalYear | null; endYear: FiscalYear | null } {
  // The latest of the targets' years, in a loop over the KPIs: no array of them per KPI.
  let endYear = latest(headerYears(header, ['target']));
  for (const { kpi } of kpis) {
    const year = kpi.target?.fiscalYear;
    if (year && (endYear === null || year > endYear)) endYear = year;
  }
  return { startYear: earliest(headerYears(header, ['actual'])), endYear };
}
