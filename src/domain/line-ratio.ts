import type { Decimal } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { decimalPlaces } from './kept-decimals.ts';
import { divide } from './ratio.ts';
import type { Rounding } from './rate-format.ts';
import { formatRateLike } from './rate-format.ts';

/** A line of a table: its figures by year, and a key naming it (the KPI's code). */
export interface SeriesLine {
  readonly key: string;
  readonly values: ReadonlyMap<FiscalYear, Decimal>;
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

/** The years of the printed line whose ratio of the two lines is its percentage; -1 at a miss. */
function checked(
  printed: ReadonlyMap<FiscalYear, Decimal>,
  n: SeriesLine,
  d: SeriesLine,
  rounding: Rounding,
): number {
  let years = 0;
  for (const [year, percent] of printed) {
    const a = n.values.get(year);
    const b = d.values.get(year);
    if (a === undefined || b === undefined || !reproduces(a, b, percent, rounding)) return -1;
    years += 1;
  }
  return years;
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
  const found: LineRatio[] = [];
  for (const rounding of ROUNDINGS) {
    for (const n of lines) {
      if (named !== undefined && n.key !== named.numerator) continue;
      for (const d of lines) {
        if (d === n || (named !== undefined && d.key !== named.denominator)) continue;
        const years = checked(printed, n, d, rounding);
        if (years > 0) found.push({ numerator: n.key, denominator: d.key, rounding, years });
      }
    }
    // Half up first: a pair cut off is only looked for where none rounds so.
    if (found.length > 0) break;
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}
