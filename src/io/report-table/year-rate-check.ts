import { achievementWith } from '../../domain/achievement.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi } from '../../domain/model.ts';
import type { PrintedRate } from '../../domain/rate-format.ts';
import { formatRateLike } from '../../domain/rate-format.ts';

/**
 * Why a rate printed for a single year is not that year's actual against that year's plan,
 * by the KPI's own direction and formula (いわき市 18年度: 2,085 / 950 = 219.5%); null when it
 * is.
 */
export function yearRateMismatch(
  kpi: Kpi,
  rate: { readonly fiscalYear: FiscalYear; readonly printed: PrintedRate },
): string | null {
  const { fiscalYear, printed } = rate;
  const year = formatFiscalYear(fiscalYear);
  const plan = kpi.milestones.find((m) => m.fiscalYear === fiscalYear)?.figure.value ?? null;
  if (plan === null)
    return `KPI ${kpi.code}: a rate ${printed.text} is printed for ${year}, which has no plan`;
  const target = { kind: 'value' as const, value: plan, fiscalYear };
  const result = achievementWith({ ...kpi, target }, fiscalYear, {
    direction: kpi.direction,
    basis: 'latest',
    formula: kpi.formula,
  });
  if (result.kind === 'none')
    return `KPI ${kpi.code}: the ${year} rate printed is ${printed.text}, but the year gives none (${result.reason})`;
  const computed = formatRateLike(result.ratio, printed);
  if (computed === printed.text) return null;
  return `KPI ${kpi.code}: the ${year} rate printed is ${printed.text}, but the year's actual against its plan gives ${computed}`;
}
