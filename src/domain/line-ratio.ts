import type { Decimal } from './decimal.ts';
import { toNumber } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { decimalPlaces } from './kept-decimals.ts';
import { divide } from './ratio.ts';
import type { Rounding } from './rate-format.ts';
import { formatRateLike } from './rate-format.ts';

/** A line of a table: its figures by year, and a key naming it (the KPI's code). */
export interface SeriesLine {
  readonly key: string;
  readonly values: ReadonlyMap<FiscalYear, Decimal>;
  /** The same figures as numbers, for the cheap test ({@link seriesLine} makes them). */
  readonly numbers: ReadonlyMap<FiscalYear, number>;
}

/** A line of its figures by year, with them as numbers too. */
export function seriesLine(key: string, values: ReadonlyMap<FiscalYear, Decimal>): SeriesLine {
  return { key, values, numbers: new Map([...values].map(([y, v]) => [y, toNumber(v)])) };
}

/** Two lines whose ratio, year by year, gives a line of printed percentages. */
export interface LineRatio {
  readonly numerator: string;
  readonly denominator: string;
  readonly rounding: Rounding;
  /** The years whose printed percentage the ratio reproduces: every printed one. */
  readonly years: number;
}

const ROUNDINGS: readonly Rounding[] = ['half-up', 'truncate'];

/** Whether n ÷ d × 100, at the places the percentage is printed with, is that percentage. */
function reproduces(n: Decimal, d: Decimal, percent: Decimal, rounding: Rounding): boolean {
  const ratio = divide(n, d);
  if (ratio === undefined) return false;
  const printed = { text: `${percent}%`, decimals: decimalPlaces(percent) };
  return formatRateLike(ratio, printed, rounding) === printed.text;
}

type Numbers = SeriesLine['numbers'];

/**
 * Whether the two lines give every printed year near enough (n ÷ d × 100 within what rounding
 * at the printed places allows): the cheap test in floating point before the exact one, as this
 * runs on every pair of a group's lines.
 */
function nearAll(
  printed: readonly (readonly [FiscalYear, number, number])[],
  n: Numbers,
  d: Numbers,
): boolean {
  for (const [year, percent, tolerance] of printed) {
    const a = n.get(year);
    const b = d.get(year);
    if (a === undefined || b === undefined || b === 0) return false;
    if (Math.abs((a / b) * 100 - percent) > tolerance) return false;
  }
  return true;
}

/** Whether the two lines give every printed year exactly, rounded so. */
function exactAll(
  printed: ReadonlyMap<FiscalYear, Decimal>,
  n: SeriesLine,
  d: SeriesLine,
  rounding: Rounding,
): boolean {
  for (const [year, percent] of printed) {
    const a = n.values.get(year);
    const b = d.values.get(year);
    if (a === undefined || b === undefined || !reproduces(a, b, percent, rounding)) return false;
  }
  return true;
}

/**
 * The two lines of a table whose ratio is a line of printed percentages in every year it prints
 * (介護保険事業計画 高齢化率 26.3% = 高齢者人口 13,345 ÷ 総人口 50,742; 待機率 1.7% = 待機児童数 77 ÷
 * 入所児童数 4,576, not ÷ 入所定員数), rounded half up or cut off at the places it prints: the
 * printed figures are the proof of which lines they are of. Where the table names the pair (a
 * line lettered 「B/A」), only that pair is tried. Null when no pair gives every printed year,
 * when two pairs do (the figures do not say which), or when fewer than two years are printed.
 */
export function lineRatio(
  printed: ReadonlyMap<FiscalYear, Decimal>,
  lines: readonly SeriesLine[],
  named?: { readonly numerator: string; readonly denominator: string },
): LineRatio | null {
  if (printed.size < 2) return null;
  const targets = [...printed].map(
    ([year, percent]) => [year, toNumber(percent), 10 ** -decimalPlaces(percent) * 1.01] as const,
  );
  const pairs: [SeriesLine, SeriesLine][] = [];
  for (const n of lines) {
    if (named !== undefined && n.key !== named.numerator) continue;
    for (const d of lines) {
      if (d === n || (named !== undefined && d.key !== named.denominator)) continue;
      if (nearAll(targets, n.numbers, d.numbers)) pairs.push([n, d]);
    }
  }
  const found: LineRatio[] = [];
  for (const rounding of ROUNDINGS) {
    for (const [n, d] of pairs)
      if (exactAll(printed, n, d, rounding))
        found.push({ numerator: n.key, denominator: d.key, rounding, years: printed.size });
    // Half up first: a pair cut off is only looked for where none rounds so.
    if (found.length > 0) break;
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}
