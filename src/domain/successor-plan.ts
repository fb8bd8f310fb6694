import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import type { Kpi, Plan } from './model.ts';
import { planKpis } from './model.ts';

/*
 * The next plan (次期計画, issue 20): made from the current one as it stands in its last year,
 * with its own name, period and grading scale. The KPIs chosen carry over with their
 * definitions and without figures — each new KPI links back to the one it continues, so its
 * series reads on across the two plans — and the others end with the old plan, which stays
 * as it was published.
 */

export interface SuccessorInput {
  readonly name: string;
  readonly startYear: FiscalYear;
  readonly endYear: FiscalYear;
  /** The codes of the KPIs that carry over; the rest end with the old plan. */
  readonly carry: readonly string[];
  readonly gradeScale?: GradeScale;
}

/** Why the next plan cannot be made as asked: the field and a sentence. */
export interface SuccessorRefusal {
  readonly field: string;
  readonly message: string;
}

/** Checks the request against the current plan; null when it can be made. */
export function refuseSuccessor(current: Plan, input: SuccessorInput): SuccessorRefusal | null {
  if (input.name.trim() === '') return { field: 'name', message: 'the next plan needs a name' };
  if (input.name === current.name) {
    return { field: 'name', message: 'the next plan needs a name of its own' };
  }
  if (input.startYear > input.endYear) {
    return { field: 'endYear', message: 'the plan ends before it starts' };
  }
  if (current.endYear !== null && input.startYear <= current.endYear) {
    return {
      field: 'startYear',
      message: `the next plan starts after the current one ends (${formatFiscalYear(current.endYear)})`,
    };
  }
  const codes = new Set(planKpis(current).map((k) => k.code));
  const unknown = input.carry.find((code) => !codes.has(code));
  if (unknown !== undefined) {
    return { field: 'carry', message: `KPI ${unknown} is not in the plan's last year` };
  }
  return null;
}

const withoutFigures = (kpi: Kpi): Kpi => ({
  ...kpi,
  actuals: [],
  departmentActuals: [],
  cumulativeActuals: [],
  narratives: [],
  milestones: [],
});

/**
 * The next plan: the current plan's tree (as it stands in its last year) with the KPIs carried
 * over, each defined as it was then and without figures.
 * @example successorPlan(planInYear(plan, changes, 2026), { name: '第2次計画', startYear: 2027, endYear: 2031, carry: ['⑦'] })
 */
export function successorPlan(current: Plan, input: SuccessorInput): Plan {
  const carried = new Set(input.carry);
  return {
    name: input.name.trim(),
    startYear: input.startYear,
    endYear: input.endYear,
    ratePrecision: current.ratePrecision,
    gradeScale: input.gradeScale ?? current.gradeScale,
    policies: current.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({
        ...theme,
        kpis: theme.kpis.filter((k) => carried.has(k.code)).map(withoutFigures),
      })),
    })),
  };
}
