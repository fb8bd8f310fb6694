import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';

/** A header that counts the plan's years (「第2年度目」, 「3年目」), not a fiscal year. */
const COUNTED_YEAR = /第?\s*\d{1,2}\s*年度?目(?!標)/;

/** A header naming the value the plan started from (基準値, 策定時, 計画時, 現状値, 当初値). */
const BASE_WORDS = /基準|策定時|計画時|現状|現況|当初/;

/** A title line naming the year the plan's work began: 「事業実施年度 平成25年度」, 「計画初年度 R2」. */
const START_LINE = /^(?:事業実施年度|計画初年度|初年度|開始年度)\s*[:：]?\s*(\S+)$/;

/**
 * The year a title line of the sheet states the plan's work began in (経営体育成支援事業 目標達成状況
 * 報告書's box 「事業実施年度 | 平成25年度」, its years counted 1年度目, 2年度目, 目標年度 (3年度目)
 * from it); undefined when none does.
 */
function statedStart(titles: readonly string[]): FiscalYear | undefined {
  for (const title of titles) {
    const year = START_LINE.exec(title.normalize('NFKC').trim())?.[1];
    const start = year === undefined ? undefined : parseFiscalYear(year);
    if (start !== undefined) return start;
  }
  return undefined;
}

/**
 * The plan's first year for a table that counts its years (「第1年度目 実績」, 「第2年度目 実績」)
 * without naming the period: the year a title line says its work began in ({@link statedStart}),
 * else the year after the baseline's (基準値(R1) → R2), as a plan starts from the last year
 * measured before it. Undefined when no header counts years, or no baseline
 * header names its year: the columns are then left without a year, as before.
 */
export function countedPlanStart(
  labels: readonly string[],
  context: FiscalYearContext,
  titles: readonly string[] = [],
): FiscalYear | undefined {
  if (!labels.some((l) => COUNTED_YEAR.test(l.normalize('NFKC')))) return undefined;
  const stated = statedStart(titles);
  if (stated !== undefined) return stated;
  for (const label of labels) {
    if (!BASE_WORDS.test(label.normalize('NFKC')) || COUNTED_YEAR.test(label)) continue;
    const year = headerYear(label, context);
    if (year !== null) return parseFiscalYear(String(year + 1));
  }
  return undefined;
}
