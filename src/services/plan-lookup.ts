import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { listPlansNamed, loadPlan } from '../db/plan-repository.ts';
import type { Actor } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { planInYear } from '../domain/kpi-life.ts';
import type { Plan } from '../domain/model.ts';
import { requirePlanChange } from './access.ts';
import type { Store } from './database-handle.ts';

/** The plans of any municipality with this name, for a command's `--plan NAME`. */
export async function findPlanIdsByName(store: Store, name: string): Promise<number[]> {
  const plans = await listPlansNamed(store.db, name);
  return plans.map((p) => p.id);
}

/**
 * A plan as stored (each KPI's first definition), for one who may change it: what a command
 * reads to fill in what it was not told (the policy of a theme, a KPI's target kind).
 */
export async function storedPlan(store: Store, actor: Actor, planId: number): Promise<Plan> {
  await requirePlanChange(store.db, actor, planId);
  return loadPlan(store.db, planId);
}

/** The plan as it stands in a year (planInYear), for one who may change it. */
export async function storedPlanInYear(
  store: Store,
  actor: Actor,
  planId: number,
  year: FiscalYear,
): Promise<Plan> {
  const plan = await storedPlan(store, actor, planId);
  return planInYear(plan, await listKpiChanges(store.db, planId), year);
}
