import type { FiscalYear } from './fiscal-year.ts';
import type { Kpi, Plan } from './model.ts';

/*
 * A KPI moved to another theme program from a fiscal year (issue 20): at the mid-term review
 * ⑫ goes from theme 8 to theme 9 from R7. The tree stores where it is now; the years before
 * print it where it was, after the KPI it followed then.
 */

/** Where a KPI stood before a move that takes effect from `fromYear`. */
export interface KpiThemeMove {
  readonly code: string;
  readonly fromYear: FiscalYear;
  readonly policyBefore: string;
  readonly themeBefore: string;
  /** The KPI it followed there; null: it came first. */
  readonly afterBefore: string | null;
  /** Why, as the KPI's page shows it. */
  readonly reason?: string;
}

/**
 * The place a move records: the KPI's theme program and the KPI before it, as the tree stands.
 * Undefined when the plan has no such KPI.
 */
export function placeOf(
  plan: Plan,
  code: string,
): Pick<KpiThemeMove, 'policyBefore' | 'themeBefore' | 'afterBefore'> | undefined {
  for (const policy of plan.policies) {
    for (const theme of policy.themes) {
      const index = theme.kpis.findIndex((k) => k.code === code);
      if (index >= 0) {
        return {
          policyBefore: policy.number,
          themeBefore: theme.number,
          afterBefore: index === 0 ? null : theme.kpis[index - 1]!.code,
        };
      }
    }
  }
  return undefined;
}

/**
 * The plan with each KPI in the theme program it stood in during `year`: the first move not
 * yet in force says where (moved twice, 8 → 9 from R7 and 9 → 10 from R9: theme 8 before R7,
 * 9 in R7 and R8). A place whose theme is gone leaves the KPI where it is.
 * @example withThemesOfYear(plan, [{ code: '⑫', fromYear: R7, policyBefore: '3', themeBefore: '8', afterBefore: '⑪' }], R5)
 */
export function withThemesOfYear(
  plan: Plan,
  moves: readonly KpiThemeMove[],
  year: FiscalYear,
): Plan {
  const pending = new Map<string, KpiThemeMove>();
  for (const move of [...moves].sort((a, b) => a.fromYear - b.fromYear)) {
    if (move.fromYear > year && !pending.has(move.code)) pending.set(move.code, move);
  }
  if (pending.size === 0) return plan;
  const there = (move: KpiThemeMove) =>
    plan.policies
      .find((p) => p.number === move.policyBefore)
      ?.themes.some((t) => t.number === move.themeBefore) === true;
  const moving = new Map<string, Kpi>();
  const stripped: Plan = {
    ...plan,
    policies: plan.policies.map((p) => ({
      ...p,
      themes: p.themes.map((t) => ({
        ...t,
        kpis: t.kpis.filter((kpi) => {
          const move = pending.get(kpi.code);
          if (move === undefined || !there(move)) return true;
          moving.set(kpi.code, kpi);
          return false;
        }),
      })),
    })),
  };
  // A KPI that followed another moving one goes back after it; one whose KPI before is not
  // in that year's theme goes last.
  let placed = stripped;
  let waiting = [...moving.keys()];
  while (waiting.length > 0) {
    const ready = waiting.filter((code) => afterIsThere(placed, pending.get(code)!));
    const batch = ready.length > 0 ? ready : waiting.slice(0, 1);
    for (const code of batch) placed = putBack(placed, moving.get(code)!, pending.get(code)!);
    waiting = waiting.filter((code) => !batch.includes(code));
  }
  return placed;
}

const themeOf = (plan: Plan, move: KpiThemeMove) =>
  plan.policies
    .find((p) => p.number === move.policyBefore)!
    .themes.find((t) => t.number === move.themeBefore)!;

const afterIsThere = (plan: Plan, move: KpiThemeMove) =>
  move.afterBefore === null || themeOf(plan, move).kpis.some((k) => k.code === move.afterBefore);

/** The plan with `kpi` after `afterBefore` in its old theme (first when null, else last). */
function putBack(plan: Plan, kpi: Kpi, move: KpiThemeMove): Plan {
  const theme = themeOf(plan, move);
  const index =
    move.afterBefore === null ? -1 : theme.kpis.findIndex((k) => k.code === move.afterBefore);
  const kpis =
    move.afterBefore !== null && index < 0
      ? [...theme.kpis, kpi]
      : [...theme.kpis.slice(0, index + 1), kpi, ...theme.kpis.slice(index + 1)];
  return {
    ...plan,
    policies: plan.policies.map((p) =>
      p.number !== move.policyBefore
        ? p
        : {
            ...p,
            themes: p.themes.map((t) => (t.number === move.themeBefore ? { ...t, kpis } : t)),
          },
    ),
  };
}
