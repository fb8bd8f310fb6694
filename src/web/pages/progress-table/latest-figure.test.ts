import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../../domain/fiscal-year.ts';
import type { Kpi } from '../../../domain/model.ts';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { buildPlanReport } from '../../../domain/plan-report.ts';
import { kpi7, planOf, years, yuzawaKpi } from '../../../../test/support/yuzawa-kpis.ts';
import { latestFigure, planOfFigure } from './latest-figure.ts';

/** The R5 report's row of one KPI, as the card gets it from the API. */
function rowOf(kpi: Kpi): ReportRow {
  const row = buildPlanReport(planOf(kpi), fiscalYear(2023)).rows[0];
  if (row === undefined) throw new Error('no row');
  return row;
}

describe('the card’s yearly plan', () => {
  it('is the plan of the year the card’s latest figure is for', () => {
    const row = rowOf(
      yuzawaKpi({
        code: '①',
        actuals: years('10', '12', '15'),
        milestones: years('11', '13', '16'),
      }),
    );
    const latest = latestFigure(row);
    expect(latest?.fiscalYear).toBe(2023);
    expect(planOfFigure(row, latest)?.text).toBe('16');
  });

  it('is none where that year has no plan, though others do', () => {
    const row = rowOf(
      yuzawaKpi({
        code: '①',
        actuals: years('10', '12', '15'),
        milestones: years('11', '13', '16').slice(0, 2),
      }),
    );
    expect(planOfFigure(row, latestFigure(row))).toBeNull();
    // A year of the plan still with no figure shows no plan either.
    expect(planOfFigure(row, null)).toBeNull();
  });

  it('is none for a KPI reckoned against its target alone', () => {
    const row = rowOf(kpi7);
    expect(row.plans).toBeNull();
    expect(planOfFigure(row, latestFigure(row))).toBeNull();
  });
});
