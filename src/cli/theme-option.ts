import type { Plan } from '../domain/model.ts';
import { CliError } from './cli-error.ts';

/**
 * The basic policy whose theme program `--theme` names by its printed number; a number no
 * policy has, or several have, is refused naming the option.
 */
export function policyOfTheme(plan: Plan, theme: string, planName: string): string {
  const policies = plan.policies.filter((p) => p.themes.some((t) => t.number === theme));
  const [policy] = policies;
  if (policy === undefined) throw new CliError(`--theme: no theme program ${theme} in ${planName}`);
  if (policies.length > 1) {
    throw new CliError(`--theme: ${policies.length} basic policies have a theme program ${theme}`);
  }
  return policy.number;
}
