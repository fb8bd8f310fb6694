import type { PlanSummaryView } from '../../domain/api-contract.ts';

/** "湯沢市 行財政改革…", without naming the city twice when the plan's name starts with it. */
export function planTitle(plan: PlanSummaryView): string {
  const city = plan.municipality.name;
  return plan.name.startsWith(city) ? plan.name : `${city} ${plan.name}`;
}
