import { sameNarrative } from './narrative-text.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Kpi, Plan, YearFigure } from './model.ts';
import { planKpis } from './model.ts';
import { sameFigure } from './plan-diff.ts';

function figuresChanged(
  years: Set<FiscalYear>,
  before: readonly YearFigure[],
  after: readonly YearFigure[],
): void {
  for (const figure of after) {
    const stored = before.find((f) => f.fiscalYear === figure.fiscalYear);
    if (stored === undefined || !sameFigure(stored.figure, figure.figure)) {
      years.add(figure.fiscalYear);
    }
  }
}

function kpiChanged(years: Set<FiscalYear>, before: Kpi | undefined, after: Kpi): void {
  figuresChanged(years, before?.actuals ?? [], after.actuals);
  figuresChanged(years, before?.cumulativeActuals ?? [], after.cumulativeActuals);
  for (const row of after.departmentActuals) {
    const stored = before?.departmentActuals.find((d) => d.department === row.department);
    figuresChanged(years, stored?.actuals ?? [], row.actuals);
  }
  for (const narrative of after.narratives) {
    const stored = before?.narratives.find(
      (n) => n.fiscalYear === narrative.fiscalYear && n.department === narrative.department,
    );
    if (stored === undefined || !sameNarrative(stored.text, narrative.text)) {
      years.add(narrative.fiscalYear);
    }
  }
}

/**
 * The fiscal years whose figures or narratives saving `incoming` over `stored` adds or
 * changes (a save merges: what `incoming` leaves out is kept, so it changes nothing): the
 * years an import would write into, to be checked against their rounds (a closed round locks
 * its year).
 * @example changedYears(stored, r5Report) // [2023] when only R5 figures differ
 */
export function changedYears(stored: Plan | null, incoming: Plan): FiscalYear[] {
  const years = new Set<FiscalYear>();
  const before = new Map((stored === null ? [] : planKpis(stored)).map((k) => [k.code, k]));
  for (const kpi of planKpis(incoming)) kpiChanged(years, before.get(kpi.code), kpi);
  return [...years].sort((a, b) => a - b);
}
