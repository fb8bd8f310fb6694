/**
 * A Japanese fiscal year (年度), April to March, named by the western year it starts in:
 * R1 = H31 = 2019 (令和元年度), R5 = 2023, R8 = 2026.
 */
export type FiscalYear = number & { readonly __brand: 'FiscalYear' };

export type Era = 'R' | 'H';

const ERA_START: Record<Era, number> = { R: 2018, H: 1988 };
const MIN_YEAR = 1989;
const MAX_YEAR = 2200;

export function fiscalYear(year: number): FiscalYear {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`not a fiscal year: ${year}`);
  }
  return year as FiscalYear;
}

/**
 * The era a year's mark names. An era's name that lost its first character counts too: a PDF's
 * text whose font drew 平 (or 令) as a picture keeps only the rest, 「成21年度」 for 平成21年度
 * (狭山市 子ども・子育て会議 資料 prints every 平成 so); read with the year after it only, never
 * alone.
 */
function eraOf(text: string): Era | undefined {
  if (/^(令和|令|和|R)$/i.test(text)) return 'R';
  if (/^(平成|平|成|H)$/i.test(text)) return 'H';
  return undefined;
}

const WITH_ERA = /^(令和|平成|令|平|成|和|R|H)\s*(元|\d{1,3})\s*(?:年度?)?$/i;
const WESTERN = /^(?:FY\s*)?(\d{4})\s*(?:年度?)?$/i;
const BARE = /^(元|\d{1,2})\s*年度?$/;
const PLAN_YEAR = /^第?\s*(\d{1,2})\s*年度?目$/;

export interface FiscalYearContext {
  /** The era of years written without one ("30年度"), read off the rest of the table. */
  readonly defaultEra?: Era;
  /** The plan's first year, for years written as the plan's year count (「第2年度目」). */
  readonly planStart?: FiscalYear;
}

/**
 * Reads a fiscal year as tables print it: R5, Ｒ５, 令和5年度, 令和元年度, H30, 平成30年度, H31,
 * H32 (a Heisei year that never happened: R2), 2019年度, FY2023, 2023, and "30年度" with the
 * era taken from the context (else 平成 for 13 and above, 令和 below); 「第2年度目」, the plan's
 * second year, when the context knows the plan's first.
 * @example parseFiscalYear('令和元年度') // 2019
 */
export function parseFiscalYear(
  text: string,
  context: FiscalYearContext = {},
): FiscalYear | undefined {
  const normal = text
    .normalize('NFKC')
    .trim()
    .replace(/[（(]\s*|\s*[)）]/g, '')
    .replace(/末$|当初$/, '');
  const withEra = WITH_ERA.exec(normal);
  if (withEra) {
    const era = eraOf(withEra[1] ?? '');
    return era ? fromEra(era, withEra[2] ?? '') : undefined;
  }
  const western = WESTERN.exec(normal);
  if (western) return inRange(Number(western[1]));
  const planYear = PLAN_YEAR.exec(normal);
  if (planYear) {
    const start = context.planStart;
    return start === undefined ? undefined : inRange(start + Number(planYear[1]) - 1);
  }
  const bare = BARE.exec(normal);
  if (bare) {
    const n = bare[1] === '元' ? 1 : Number(bare[1]);
    const era = context.defaultEra ?? (n >= 13 ? 'H' : 'R');
    return fromEra(era, bare[1] ?? '');
  }
  return undefined;
}

function fromEra(era: Era, number: string): FiscalYear | undefined {
  const n = number === '元' ? 1 : Number(number);
  if (!Number.isInteger(n) || n < 1) return undefined;
  return inRange(ERA_START[era] + n);
}

function inRange(year: number): FiscalYear | undefined {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
    ? (year as FiscalYear)
    : undefined;
}

/** The era a year is written in (2019 onwards: 令和). */
export function eraYear(year: FiscalYear): { era: Era; number: number } {
  return year >= 2019 ? { era: 'R', number: year - 2018 } : { era: 'H', number: year - 1988 };
}

export type FiscalYearStyle = 'short' | 'japanese' | 'western' | 'both';

/**
 * Prints a fiscal year: short "R5", japanese "令和5年度" (元 for the first year),
 * western "2023年度", both "令和5年度（2023年度）".
 */
export function formatFiscalYear(year: FiscalYear, style: FiscalYearStyle = 'short'): string {
  const { era, number } = eraYear(year);
  switch (style) {
    case 'short':
      return `${era}${number}`;
    case 'japanese':
      return `${era === 'R' ? '令和' : '平成'}${number === 1 ? '元' : number}年度`;
    case 'western':
      return `${year}年度`;
    case 'both':
      return `${formatFiscalYear(year, 'japanese')}（${year}年度）`;
  }
}

/** The fiscal year a calendar date falls in: April to March. */
export function fiscalYearOfDate(date: { year: number; month: number }): FiscalYear {
  return fiscalYear(date.month >= 4 ? date.year : date.year - 1);
}

/**
 * The fiscal year a month of a year as printed falls in (「H22」 4月, 「令和4」 3月, 「2019」 3月):
 * April to March, so March of R4 is in R3. Undefined when the text is no year, or the fiscal year
 * is out of range.
 */
export function fiscalYearOfMonth(
  yearText: string,
  month: number,
  context: FiscalYearContext = {},
): FiscalYear | undefined {
  const text = yearText.replace(/\s+/g, '');
  // A year with no era (「11」 of 「11年4月」) takes the context's, as 「11年度」 would.
  const bare = /^(?:元|\d{1,2})$/.test(text);
  const year = parseFiscalYear(
    /^\d{4}$/.test(text) ? `${text}年度` : bare ? `${text}年` : text,
    context,
  );
  if (year === undefined) return undefined;
  return month >= 4 ? year : inRange(year - 1);
}

const ERA_YEAR = /(令和|平成|(?<![A-Z])[RH])\s*(元|\d{1,2})(?!\d)/g;

const BARE_YEAR = /(?<![\d第])(元|\d{1,2})\s*年(?:度(?!目)|(?=\s*\d{1,2}\s*月))/g;

/**
 * The era of years a text writes with none, when they say it themselves: 「12年度」 beside
 * 「22年度」 are both 平成 (令和22年度 is 2040), so a table of bare years any of which is 13 or
 * above is of the 平成 years; so are months of such years (「11年4月」 beside 「13年4月」).
 * Undefined when all are below (令和, as each alone reads), and when a 元 follows a year of 13 or
 * above (地域福祉計画 「29年度 | 30年度 | 元年度 | 2年度 | 目標(3年度)」 under 令和2年度): the years run
 * across the change of era, each read by its size, 平成 from 13 and 令和 below.
 */
export function bareYearsEra(text: string): Era | undefined {
  let heisei = false;
  for (const [, number = ''] of text.normalize('NFKC').matchAll(BARE_YEAR)) {
    if (number === '元' && heisei) return undefined;
    if (number !== '元' && Number(number) >= 13) heisei = true;
  }
  return heisei ? 'H' : undefined;
}

const PERIOD =
  /(令和|平成|R|H)\s*(元|\d{1,2})\s*(?:年度?)?\s*(?:[~〜～\-–−ー]|から)\s*(令和|平成|R|H)?\s*(元|\d{1,2})(?!\d)\s*(?:年度?)?|((?:19|20)\d{2})\s*(?:年度?)?\s*(?:[~〜～\-–−ー]|から)\s*((?:19|20)\d{2})(?!\d)\s*(?:年度?)?/i;

/**
 * The span of years a text names first, as printed: 「(令和2年度～令和6年度)」 → R2 to R6,
 * 「R1～R4」, 「H23-27」 (the end in the start's era), 「2021年度～2025年度」; undefined when it
 * names none (or an end the domain cannot read).
 */
export function yearSpan(
  text: string,
): { from: FiscalYear; to: FiscalYear; text: string } | undefined {
  const match = PERIOD.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  const [printed, era, start, endEra, end, calendarStart, calendarEnd] = match;
  const from = era ? parseFiscalYear(`${era}${start}`) : inRange(Number(calendarStart));
  const to = era ? parseFiscalYear(`${endEra ?? era}${end}`) : inRange(Number(calendarEnd));
  return from === undefined || to === undefined ? undefined : { from, to, text: printed };
}

/**
 * Whether a text's years written with no era are 平成's though the years it writes with one are
 * 令和's: every bare year 13 or above and every 令和 year written below 13 (瑞浪市 施策評価調書
 * 「令和5年度目標値」, the plan's final target, beside 「24年度」 … 「30年度」: 令和24 is 2042, long
 * after the plan's end; a 令和 table's own bare years, 「R4 | 5年度 | 6年度」, are below 13).
 * @example bareYearsBeforeReiwa('令和5年度目標値 24年度 30年度') // true
 */
export function bareYearsBeforeReiwa(text: string): boolean {
  const normal = text.normalize('NFKC');
  let reiwa = 0;
  for (const [, mark = '', number = ''] of normal.matchAll(ERA_YEAR)) {
    if (mark !== '令和' && mark !== 'R') return false;
    if (number !== '元' && Number(number) >= 13) return false;
    reiwa += 1;
  }
  let bare = 0;
  for (const [, number = ''] of normal.replace(ERA_YEAR, ' ').matchAll(BARE_YEAR)) {
    if (number === '元' || Number(number) < 13) return false;
    bare += 1;
  }
  return reiwa > 0 && bare > 0;
}

/**
 * The first year of a plan period a text names: 「(令和2年度～令和6年度)」 → R2,
 * 「計画期間 2021年度～2025年度」 → 2021; undefined when it names none.
 */
export function periodStart(text: string): FiscalYear | undefined {
  return yearSpan(text)?.from;
}

/**
 * The era of the latest year a text writes with one: the era of its years written without one.
 * 福知山市 "累計 (H28~R2年度)" → R, so "2年度実績" is R2; "目標 (H32)" stays H.
 */
export function latestWrittenEra(text: string): Era | undefined {
  let latest: { era: Era; year: FiscalYear } | undefined;
  for (const [, mark = '', number = ''] of text.normalize('NFKC').matchAll(ERA_YEAR)) {
    const year = parseFiscalYear(`${mark}${number}`);
    const era: Era = mark === '令和' || mark === 'R' ? 'R' : 'H';
    if (year !== undefined && (latest === undefined || year > latest.year)) latest = { era, year };
  }
  return latest?.era;
}
