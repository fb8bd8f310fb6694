import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYearOfMonth } from './fiscal-year.ts';

/**
 * A date the figure after it is as of (定員適正化計画 「令和5年4月1日 491人」, 「R5.4.1 491人」,
 * 「令和6年4月1日現在 480人」): the date's fiscal year (a date in January–March the year before).
 * The cheap test first: a cell that does not start with an era's letter or a year of four digits
 * is no such cell.
 */
const DATE_BEFORE =
  /^((?:令和|平成|昭和|R|H)\s*(?:元|\d{1,2})|\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日)?|[.．]\s*(\d{1,2})\s*[.．]\s*\d{1,2})\s*(?:末\s*)?(?:現在|時点)?\s+(?=\S)/;

/** The figure's text after its date and the date's fiscal year, or null (no date before it). */
export function dateBeforeFigure(text: string): { rest: string; fiscalYear: FiscalYear } | null {
  const first = text.charCodeAt(0);
  // 令 平 昭 R H or a digit: the only ways such a date starts.
  if (
    !(text.startsWith('令') || text.startsWith('平') || text.startsWith('昭')) &&
    first !== 0x52 &&
    first !== 0x48 &&
    !(first >= 0x30 && first <= 0x39)
  )
    return null;
  const date = DATE_BEFORE.exec(text);
  if (date === null) return null;
  const fiscalYear = fiscalYearOfMonth(date[1] ?? '', Number(date[2] ?? date[3]));
  return fiscalYear === undefined ? null : { rest: text.slice(date[0].length), fiscalYear };
}
