import type { Decimal } from '../../domain/decimal.ts';
import { compareDecimals, decimal, subtractDecimals } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import type { DifferenceOrder } from './column-role.ts';

type Figures = Pick<Kpi, 'actuals' | 'target'> & { readonly baseline?: Kpi['baseline'] };

/**
 * The differences a 差 column may print for a KPI: its report-year actual less its target
 * (三田市 差b-a: 400.3 − 347.0 = 53.3), the reverse, or either where the header names no
 * letters; with no target, the change of its latest actual from its baseline, either way
 * (軽米町 純減実績 163 − 128 = 35, 三重県 増減数 16,101 − 16,363 = ▲262). Empty when a figure
 * is missing.
 */
export function expectedDifferences(
  kpi: Figures,
  order: DifferenceOrder,
  year: FiscalYear,
): Decimal[] {
  const target = kpi.target?.value ?? null;
  if (target === null) return changeAmounts(kpi, year);
  const actual = kpi.actuals.find((a) => a.fiscalYear === year)?.figure.value ?? null;
  if (actual === null) return [];
  const gain = subtractDecimals(actual, target);
  const shortfall = subtractDecimals(target, actual);
  if (order === 'actual-target') return [gain];
  if (order === 'target-actual') return [shortfall];
  return [gain, shortfall];
}

/** The latest actual up to the year against the baseline, either way; empty when either is missing. */
function changeAmounts(kpi: Figures, year: FiscalYear): Decimal[] {
  const base = kpi.baseline?.value ?? null;
  const latest = kpi.actuals
    .filter((a) => a.fiscalYear <= year)
    .reduce<Figures['actuals'][number] | null>(
      (a, b) => (a === null || b.fiscalYear > a.fiscalYear ? b : a),
      null,
    )?.figure.value;
  if (base === null || latest === null || latest === undefined) return [];
  return [subtractDecimals(base, latest), subtractDecimals(latest, base)];
}

const ZERO = decimal('0');

const ORDER_WORDS: Record<DifferenceOrder, string> = {
  'actual-target': 'actual less target',
  'target-actual': 'target less actual',
  either: 'actual less target',
};

/** Why a printed difference is not the actual less the target; null when it is (or cannot be told). */
export function differenceMismatch(
  kpi: Figures & Pick<Kpi, 'code'>,
  printed: { readonly value: Decimal; readonly order: DifferenceOrder },
  year: FiscalYear,
): string | null {
  const expected = expectedDifferences(kpi, printed.order, year);
  if (expected.length === 0 || expected.some((e) => compareDecimals(e, printed.value) === 0))
    return null;
  // Of the two ways round, the one of the printed sign (三重県 ▲263 against ▲262, not 262).
  const sign = (d: Decimal) => compareDecimals(d, ZERO);
  const first = expected.find((e) => sign(e) === sign(printed.value)) ?? expected[0];
  const what = kpi.target ? ORDER_WORDS[printed.order] : 'change from the baseline';
  return `KPI ${kpi.code}: the difference printed is ${printed.value}, but its ${what} is ${first}`;
}
