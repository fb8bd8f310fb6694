import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';

/** A header that counts the plan's years (「第2年度目」, 「3年目」), not a fiscal year. */
const COUNTED_YEAR = /第?\s*\d{1,2}\s*年度?目(?!標)/;

/** A header naming the value the plan started from (基準値, 策定時, 計画時, 現状値, 当初値). */
const BASE_WORDS = /基準|策定時|計画時|現状|現況|当初/;

/**
 * The plan's first year for a table that counts its years (「第1年度目 実績」, 「第2年度目 実績」)
 * without naming the period: the year after the baseline's (基準値(R1) → R2), as a plan starts
 * from the last year measured before it. Undefined when no header counts years, or no baseline
 * header names its year: the columns are then left without a year, as before.
 */
export function countedPlanStart(
  labels: readonly string[],
  context: FiscalYearContext,
): FiscalYear | undefined {
  if (!labels.some((l) => COUNTED_YEAR.test(l.normalize('NFKC')))) return undefined;
  for (const label of labels) {
    if (!BASE_WORDS.test(label.normalize('NFKC')) || COUNTED_YEAR.test(label)) continue;
    const year = headerYear(label, context);
    if (year !== null) return parseFiscalYear(String(year + 1));
  }
  return undefined;
}
