import { InvalidArgumentError } from 'commander';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { parseFiscalYear } from '../domain/fiscal-year.ts';

/** Parses `--fy R5` (or 令和5年度, 2023, FY2023) for commander; a bad value is a usage error. */
export function fiscalYearOption(value: string): FiscalYear {
  const year = parseFiscalYear(value);
  if (year === undefined)
    throw new InvalidArgumentError(`not a fiscal year: ${value} (try R5, 令和5年度 or 2023)`);
  return year;
}
