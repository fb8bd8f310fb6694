import type { Ratio } from './ratio.ts';
import { roundHalfUp } from './ratio.ts';
import { tenTo } from './decimal.ts';
import { isUnroundedRate, spreadsheetPercent } from './unrounded-rate.ts';

/**
 * How a plan prints its rates. Yuzawa prints whole percents, and one decimal where the whole
 * number would read 100% without being 100 (⑯ 8.41/8.39 = 100.238… → "100.2%"); many other
 * tables print one decimal throughout, trailing zero kept ("0.0%", "120.0%").
 */
export interface RatePrecision {
  readonly decimals: 0 | 1 | 2;
  readonly widenNear100: boolean;
}

export const DEFAULT_RATE_PRECISION: RatePrecision = { decimals: 0, widenNear100: true };

const MAX_DECIMALS = 4;

/**
 * How a table rounds its rates to the places it prints: half up (Yuzawa ② 219.5% → 220%), or
 * cut off (切り捨て: a ratio of 27.87% printed 27.8%).
 */
export type Rounding = 'half-up' | 'truncate';

/** Rounds a ratio to a percentage with `decimals` places, half up or cut off, as scaled units. */
function percentUnits(ratio: Ratio, decimals: number, rounding: Rounding = 'half-up'): bigint {
  const scaled = ratio.numerator * 100n * tenTo(decimals);
  // BigInt division cuts towards zero, as 切り捨て does.
  return rounding === 'truncate'
    ? scaled / ratio.denominator
    : roundHalfUp(scaled, ratio.denominator);
}

function printUnits(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const body = decimals > 0 ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
  return `${negative ? '-' : ''}${body}%`;
}

/**
 * Prints an achievement ratio as the tables do.
 * @example formatRate({ numerator: 439n, denominator: 200n }, DEFAULT_RATE_PRECISION) // '220%'
 */
export function formatRate(ratio: Ratio, precision: RatePrecision): string {
  let decimals: number = precision.decimals;
  const exactlyHundred = ratio.numerator === ratio.denominator;
  while (
    precision.widenNear100 &&
    !exactlyHundred &&
    decimals < MAX_DECIMALS &&
    percentUnits(ratio, decimals) === 100n * tenTo(decimals)
  ) {
    decimals += 1;
  }
  return printUnits(percentUnits(ratio, decimals), decimals);
}

/** A rate as printed in a table: its value in hundredths of a percent and its decimals. */
export interface PrintedRate {
  readonly text: string;
  readonly decimals: number;
  /** A spreadsheet's unrounded value written out (「98.98214479152054」): computed as the sheet does. */
  readonly unrounded?: true;
}

const PRINTED_RATE = /^(-?\d+(?:\.(\d+))?)\s*[%％]?$/;

/** A rate in brackets after its word: 寒川町 "(達成率80%)". */
const BRACKETED = /^\((?:達成率|進捗率|実施率)?(.+%)\)$/;

/**
 * What a table prints after a rate, not part of it: an estimate's or a year's bracket
 * (「95.0%(見込)」, 「100.0%(R3)」), a footnote mark (「95%※1」, 「*2」).
 */
const AFTER_RATE =
  /(?<=%)(?:\((?:見込み?|速報値?|暫定値?|概数|(?:R|H)\d{1,2}(?:年度?)?|\d{4}(?:年度?)?)\)|※\d*|\*\d*)+$/;

/** What a table prints before a rate: 「約95%」, a word before the rate in brackets 「達成(105%)」. */
const BEFORE_RATE = /^(?:約|(?:未?達成|概ね達成)(?=\(.+%\)$))/;
/** A rate in angle brackets, as a 達成度 line prints it apart from figures: 西尾市 "<100.71%>". */
const ANGLED = /^[<〈《](.+%)[>〉》]$/;

/** A rate as most tables print it ("57%", "100.2%"): read without normalizing it first. */
const PLAIN_RATE = /^(-?\d+(?:\.(\d{1,4}))?)%$/;

/**
 * A rate with the year before's beside it in brackets, at the same precision: 三重県
 * "▲1.6(▲3.0)" (「( )内は昨年度の数値」). The rate is the first; the cell is kept as printed.
 */
const WITH_EARLIER = /^(-?\d+(\.\d+)?%?)\((-?\d+(\.\d+)?%?)\)$/;

function withoutEarlier(normal: string): string {
  const match = WITH_EARLIER.exec(normal.replace(/[▲△−](?=\d)/g, '-'));
  if (!match) return normal;
  const [, rate = '', decimals = '', earlier = '', earlierDecimals = ''] = match;
  const samePrint =
    decimals.length === earlierDecimals.length && rate.endsWith('%') === earlier.endsWith('%');
  return samePrint ? rate : normal;
}

/**
 * A change printed with a word for its sign, after the base it is against: 阿波市
 * 「基準年比 2.5%削減」 (−2.5%), 「基準年比 1.0%増加」 (+1.0%); the bracket around it may be left
 * open, as printed (「(基準年比 2.5%削減」).
 */
const SIGNED_BY_WORD =
  /^[(]?(?:基準年度?比|前年度?比)?(\d+(?:\.(\d+))?)%(増加|増|減少|削減|減)[)]?$/;

function signedByWord(normal: string): PrintedRate | undefined {
  const match = SIGNED_BY_WORD.exec(normal);
  if (!match) return undefined;
  const sign = match[3]?.includes('減') && Number(match[1]) !== 0 ? '-' : '';
  return { text: `${sign}${match[1]}%`, decimals: match[2]?.length ?? 0 };
}

/** Reads a printed rate ("50%", "100.2%", "0.0%", "75"); undefined when it is not one. */
export function parsePrintedRate(text: string): PrintedRate | undefined {
  const plain = PLAIN_RATE.exec(text);
  if (plain) return { text, decimals: plain[2]?.length ?? 0 };
  const normal = withoutEarlier(
    text
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/パーセント(?=\)?$)/, '%')
      .replace(AFTER_RATE, '')
      .replace(BEFORE_RATE, '')
      .replace(BRACKETED, '$1')
      .replace(ANGLED, '$1'),
  ).replace(/^[▲△−]/, '-');
  const match = PRINTED_RATE.exec(normal);
  if (!match) return /[増減]/.test(normal) ? signedByWord(normal) : undefined;
  const decimals = match[2]?.length ?? 0;
  if (decimals > MAX_DECIMALS)
    return isUnroundedRate(match[1] ?? '')
      ? { text: `${match[1]}%`, decimals, unrounded: true }
      : undefined;
  return { text: `${match[1]}%`, decimals };
}

/**
 * Prints a ratio at exactly the precision of a printed rate, to compare the two: a 100.6%
 * printed among whole percents is computed to one decimal, as printed.
 */
export function formatRateLike(
  ratio: Ratio,
  printed: PrintedRate,
  rounding: Rounding = 'half-up',
): string {
  // A spreadsheet's unrounded rate is no rounding at all: it is the sheet's double, printed.
  if (printed.unrounded) return spreadsheetPercent(ratio, printed.text);
  return printUnits(percentUnits(ratio, printed.decimals, rounding), printed.decimals);
}

/**
 * The precision a table uses, read off its printed rates: the usual number of decimals,
 * widened next to 100% when some rate near 100 carries more.
 */
export function inferRatePrecision(printed: readonly PrintedRate[]): RatePrecision {
  if (printed.length === 0) return DEFAULT_RATE_PRECISION;
  const counts = new Map<number, number>();
  for (const rate of printed) counts.set(rate.decimals, (counts.get(rate.decimals) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const decimals = Math.min(usual, 2) as 0 | 1 | 2;
  const widenNear100 =
    printed.some(
      (rate) => rate.decimals > decimals && Math.abs(Number.parseFloat(rate.text) - 100) < 1,
    ) || decimals === 0;
  return { decimals, widenNear100 };
}
