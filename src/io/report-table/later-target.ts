import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { yearFigure } from './kpi-draft.ts';
import { inKpiScale } from './unit-scale.ts';

/**
 * Why a goal's second line cannot be the KPI's plan of the years it names: its figure is none,
 * or one of those years already has another plan (a 26年度 目標 column printing 20,000 agrees
 * with 「20,000頭/年 | H25 H26」 and is no conflict). Null when it can be.
 */
export function laterTargetMiss(
  draft: KpiDraft,
  text: string,
  years: readonly FiscalYear[],
): string | null {
  const described = parseDescribedFigure(text);
  if (!described || described.parsed.figure.value === null)
    return 'a second target line whose target is no figure';
  const parsed = inKpiScale(draft, described.parsed);
  for (const year of years) {
    const planned = draft.milestones.find((m) => m.fiscalYear === year);
    if (planned !== undefined && planned.figure.value !== parsed.figure.value)
      return `a second target line for ${formatFiscalYear(year)}, which the KPI already plans as ${planned.figure.value ?? '-'}`;
  }
  return null;
}

/**
 * Gives the KPI the plan of each year a goal's second line names (兵庫県 「20,000頭/年 | H25 H26」:
 * 20,000 the plan of H25 and of H26), once per year, the figure's unit checked with the KPI's.
 */
export function placeLaterTarget(
  draft: KpiDraft,
  text: string,
  years: readonly FiscalYear[],
  at: { row: number; column: number },
): void {
  const described = parseDescribedFigure(text);
  if (!described) return;
  const parsed = inKpiScale(draft, described.parsed);
  for (const year of years)
    if (!draft.milestones.some((m) => m.fiscalYear === year))
      draft.milestones.push(yearFigure(year, parsed.figure));
  draft.milestones.sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (parsed.unit) draft.valueUnits.push({ unit: parsed.unit, ...at });
}
