import type { Decimal } from '../../domain/decimal.ts';
import { compareDecimals, subtractDecimals } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import type { DifferenceOrder } from './column-role.ts';

type Figures = Pick<Kpi, 'actuals' | 'target'>;

/**
 * The differences a 差 column may print for a KPI: its report-year actual less its target
 * (三田市 差b-a: 400.3 − 347.0 = 53.3), the reverse, or either where the header names no
 * letters. Empty when the actual or the target is missing.
 */
export function expectedDifferences(
  kpi: Figures,
  order: DifferenceOrder,
  year: FiscalYear,
): Decimal[] {
  const actual = kpi.actuals.find((a) => a.fiscalYear === year)?.figure.value ?? null;
  const target = kpi.target?.value ?? null;
  if (actual === null || target === null) return [];
  const gain = subtractDecimals(actual, target);
  const shortfall = subtractDecimals(target, actual);
  if (order === 'actual-target') return [gain];
  if (order === 'target-actual') return [shortfall];
  return [gain, shortfall];
}

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
  const [first] = expected;
  if (first === undefined || expected.some((e) => compareDecimals(e, printed.value) === 0))
    return null;
  const what = ORDER_WORDS[printed.order];
  return `KPI ${kpi.code}: the difference printed is ${printed.value}, but its ${what} is ${first}`;
}
