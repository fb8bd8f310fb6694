import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { headerDate } from './column-role.ts';

/** Nothing but a date and the word 現在: digits, era words, 年 月 日, the separators of 「H30.4.1」. */
const ONLY_DATE = /^(?:令和|平成|[RH]|元|\d|[年月日.．/／]|現在)+$/i;

/** A day named: 「…1日」, or the dotted form's third number (「H30.4.1」). */
const DAY = /日|\d[.．/／]\d{1,2}[.．/／]\d{1,2}/;

/**
 * The fiscal year of a row label that is a survey date and nothing else (滋賀県 「令和3年4月1日」,
 * 群馬県 「令和 2年4月1日」, 「H30.4.1現在」): counts as of that day, in the fiscal year the day
 * falls in (a 3月1日 count is of the year before). Null for any other label, a date inside a
 * longer label included (「平成30年4月1日から」 is a text).
 * @example surveyDateYear('平成29年3月1日') // 2016
 */
export function surveyDateYear(label: string): FiscalYear | null {
  const text = label.normalize('NFKC').replace(/\s+/g, '');
  if (!ONLY_DATE.test(text) || !DAY.test(text)) return null;
  return headerDate(text);
}
