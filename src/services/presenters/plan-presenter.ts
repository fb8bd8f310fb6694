import type { Municipality, PlanSummary } from '../../db/records.ts';
import type { GradeScaleView, PlanSummaryView } from '../../domain/api-contract.ts';
import type { GradeScale } from '../../domain/grade-scale.ts';
import { cutPercents } from '../../domain/grade-scale.ts';
import type { Plan } from '../../domain/model.ts';
import { planFiscalYears, planKpis } from '../../domain/model.ts';

/** A plan with its municipality and the fiscal years of the plan as the reader may read it. */
export function presentPlanSummary(
  summary: PlanSummary,
  municipality: Municipality,
  plan: Plan,
): PlanSummaryView {
  return {
    id: summary.id,
    name: summary.name,
    municipality,
    startYear: summary.startYear,
    endYear: summary.endYear,
    fiscalYears: planFiscalYears(plan),
    kpiCount: planKpis(plan).length,
  };
}

/** The scale as labels best first and the cuts between them, the shape PATCH takes back. */
export function presentGradeScale(scale: GradeScale): GradeScaleView {
  return {
    labels: scale.grades.map((grade) => grade.label),
    cuts: cutPercents(scale),
  };
}
