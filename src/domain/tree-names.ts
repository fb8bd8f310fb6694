import type { NameChange } from './dated-name.ts';
import { nameInYear } from './dated-name.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { KpiChange } from './kpi-life.ts';
import { yearsPublishedWith } from './kpi-life.ts';
import type { Plan } from './model.ts';

/*
 * A basic policy's or theme program's name over the years (issue 20): renamed at the
 * mid-term review from R7, it keeps the name it was printed with in R5 and R6. The tree stores
 * the current name; this gives each year its own.
 */

/** One rename of a tree node from a year; `themeNumber` null renames the basic policy itself. */
export interface TreeRename extends NameChange {
  readonly policyNumber: string;
  readonly themeNumber: string | null;
  /** Why, who and when: the plan page's history. */
  readonly reason?: string;
  readonly by?: string;
  readonly at?: string;
}

/** The renames of one node, in the order they were made. */
export function renamesOf(
  renames: readonly TreeRename[],
  node: { readonly policyNumber: string; readonly themeNumber: string | null },
): TreeRename[] {
  return renames.filter(
    (r) => r.policyNumber === node.policyNumber && r.themeNumber === node.themeNumber,
  );
}

/**
 * The plan with each basic policy and theme program under the name it bore in `year`.
 * @example withTreeNamesOfYear(plan, [{ policyNumber: '1', themeNumber: null, fromYear: R7, oldName: '安心', newName: '安全・安心' }], R5)
 *   // policy 1 is 「安心」 in R5, 「安全・安心」 from R7
 */
export function withTreeNamesOfYear(
  plan: Plan,
  renames: readonly TreeRename[],
  year: FiscalYear,
): Plan {
  if (renames.length === 0) return plan;
  const named = <T extends { readonly name: string }>(
    node: T,
    at: { policyNumber: string; themeNumber: string | null },
  ): T => {
    const old = nameInYear(renamesOf(renames, at), year);
    return old === null ? node : { ...node, name: old };
  };
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...named(policy, { policyNumber: policy.number, themeNumber: null }),
      themes: policy.themes.map((theme) =>
        named(theme, { policyNumber: policy.number, themeNumber: theme.number }),
      ),
    })),
  };
}

/**
 * The published years that printed a node: those in which one of its KPIs was in force (a
 * policy added after R5, or one whose KPIs all start from R7, was never printed in R5).
 */
export function yearsPrinting(
  plan: Plan,
  changes: readonly KpiChange[],
  node: { readonly policyNumber: string; readonly themeNumber: string | null },
  published: readonly FiscalYear[],
): FiscalYear[] {
  const policy = plan.policies.find((p) => p.number === node.policyNumber);
  const themes = (policy?.themes ?? []).filter(
    (t) => node.themeNumber === null || t.number === node.themeNumber,
  );
  const years = new Set(
    themes.flatMap((t) =>
      t.kpis.flatMap((kpi) =>
        yearsPublishedWith(
          changes.filter((c) => c.code === kpi.code),
          published,
        ),
      ),
    ),
  );
  return published.filter((y) => years.has(y));
}
