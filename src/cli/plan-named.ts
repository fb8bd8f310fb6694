import { listPlansNamed } from '../db/plan-repository.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { CliError } from './cli-error.ts';

/** The one plan of that name; two municipalities with the same plan name must be told apart. */
export async function planIdNamed(handle: DatabaseHandle, name: string): Promise<number> {
  const plans = await listPlansNamed(handle.db, name);
  const [plan] = plans;
  if (plan === undefined) throw new CliError(`no plan named "${name}"`);
  if (plans.length > 1) {
    throw new CliError(`${plans.length} plans are named "${name}" (one per municipality)`);
  }
  return plan.id;
}
