import type { Store } from '../services/database-handle.ts';
import { findPlanIdsByName } from '../services/plan-lookup.ts';
import { CliError } from './cli-error.ts';

/** The one plan of that name; two municipalities with the same plan name must be told apart. */
export async function planIdNamed(store: Store, name: string): Promise<number> {
  const planIds = await findPlanIdsByName(store, name);
  const [planId] = planIds;
  if (planId === undefined) throw new CliError(`no plan named "${name}"`);
  if (planIds.length > 1) {
    throw new CliError(`${planIds.length} plans are named "${name}" (one per municipality)`);
  }
  return planId;
}
