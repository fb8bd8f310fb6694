import { parseFiscalYear } from '../../domain/fiscal-year.ts';

/** Two years with their eras joined by a dash or a wave: 「H28-R46」, 「R8-R17」, 「平成27年度～令和元年度」. */
const YEAR_SPAN =
  /(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?\s*[~〜～\-–−]\s*(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?/gi;

/** A cell that is a span of two years, each with its era: 「H28-R7」, 「R8-R17」. */
export function isYearSpan(cell: string): boolean {
  const ends = cell
    .normalize('NFKC')
    .trim()
    .split(/[~〜～\-–−]/);
  return (
    ends.length === 2 &&
    ends.every((end) => /[^\d\s]/.test(end) && parseFiscalYear(end) !== undefined)
  );
}

/**
 * A text with the spans of years it names taken out: a plan's period in a title line
 * (桑名市 「期間【H28-R46】 50年間」) names no year of the report, its end the plan's last.
 * @example withoutYearSpans('期間【H28-R46】 50年間') // '期間【】 50年間'
 */
export function withoutYearSpans(text: string): string {
  return text.normalize('NFKC').replace(YEAR_SPAN, '');
}
