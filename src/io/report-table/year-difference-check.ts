import type { Decimal } from '../../domain/decimal.ts';
import { compareDecimals, decimal, subtractDecimals } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import { yearPlan } from '../../domain/rate-target.ts';
import type { DifferenceOrder } from './column-role.ts';

/** A difference printed for a single year (津野町 乖離値(C) 平成19年度 0.7). */
export interface YearDifference {
  readonly fiscalYear: FiscalYear;
  readonly value: Decimal;
  readonly order: DifferenceOrder;
}

const ZERO = decimal('0');

/**
 * Why a difference printed for a single year is not that year's actual less its plan, or the
 * reverse as its header's letters say (津野町 乖離値(C) (A−B) H19: 13.5 − 12.8 = 0.7); null when
 * it is, or when the year has no actual or no plan to tell it by (計画前年度, the year before the
 * plan: kept as printed, unchecked).
 */
export function yearDifferenceMismatch(kpi: Kpi, printed: YearDifference): string | null {
  const plan = yearPlan(kpi, printed.fiscalYear);
  const actual = kpi.actuals.find((a) => a.fiscalYear === printed.fiscalYear)?.figure.value ?? null;
  if (plan === null || actual === null) return null;
  const gain = subtractDecimals(actual, plan);
  const shortfall = subtractDecimals(plan, actual);
  const expected =
    printed.order === 'actual-target'
      ? [gain]
      : printed.order === 'target-actual'
        ? [shortfall]
        : [gain, shortfall];
  if (expected.some((e) => compareDecimals(e, printed.value) === 0)) return null;
  const year = formatFiscalYear(printed.fiscalYear);
  // Of the two ways round, the one of the printed sign (0.8 against 0.7, not −0.7).
  const sign = (d: Decimal) => compareDecimals(d, ZERO);
  const reversed =
    printed.order === 'target-actual' ||
    (printed.order === 'either' && sign(shortfall) === sign(printed.value));
  const words = reversed ? 'plan less actual' : 'actual less plan';
  return `KPI ${kpi.code}: the ${year} difference printed is ${printed.value}, but that year's ${words} is ${reversed ? shortfall : gain}`;
}
