import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';

/** The `fy` search param as a fiscal year (2023, or R5 as people type it), or null for the latest. */
export function requestedYear(search: URLSearchParams): FiscalYear | null {
  const text = search.get('fy');
  return text === null ? null : (parseFiscalYear(text) ?? null);
}
