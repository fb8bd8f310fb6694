import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { PlanTreeView, TreeNodeLife } from '../domain/api-contract.ts';
import { listPublications } from '../db/publication-repository.ts';
import { listTreeRenames } from '../db/tree-rename-repository.ts';
import { renamesOf, yearsPrinting } from '../domain/tree-names.ts';
import type { Actor } from '../domain/access.ts';
import { summaryOf } from './plan-views.ts';
import { presentGradeScale } from './presenters/plan-presenter.ts';
import { kpiSpan } from '../domain/kpi-life.ts';
import { getTreeVersions, themeKey } from '../db/record-versions.ts';

/**
 * A plan's tree: basic policies → theme programs → KPIs, with the plan's precision and
 * grading scale, for the page where a planning division edits them.
 * @example (await getPlanTree(db, actor, id)).policies[0]?.themes[0]?.kpis[0]?.code // '①'
 */
export async function getPlanTree(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<PlanTreeView> {
  const { view: summary, plan, changes } = await summaryOf(db, actor, planId);
  const versions = await getTreeVersions(db, planId);
  const spanOf = (code: string) => kpiSpan(changes.filter((c) => c.code === code));
  const published = (await listPublications(db, planId)).map((p) => p.fiscalYear);
  const renames = await listTreeRenames(db, planId);
  const lifeOf = (node: { policyNumber: string; themeNumber: string | null }): TreeNodeLife => ({
    printedIn: yearsPrinting(plan, changes, node, published),
    renames: renamesOf(renames, node).map((r) => ({
      from: r.fromYear,
      oldName: r.oldName,
      newName: r.newName,
      reason: r.reason ?? '',
      at: r.at ?? '',
    })),
  });
  return {
    plan: summary,
    version: versions.plan,
    ratePrecision: plan.ratePrecision,
    gradeScale: presentGradeScale(plan.gradeScale),
    policies: plan.policies.map((policy) => ({
      number: policy.number,
      name: policy.name,
      version: versions.policies.get(policy.number) ?? 1,
      ...lifeOf({ policyNumber: policy.number, themeNumber: null }),
      themes: policy.themes.map((theme) => ({
        number: theme.number,
        name: theme.name,
        actionItems: theme.actionItems,
        version: versions.themes.get(themeKey(policy.number, theme.number)) ?? 1,
        ...lifeOf({ policyNumber: policy.number, themeNumber: theme.number }),
        kpis: theme.kpis.map((kpi) => ({
          code: kpi.code,
          title: kpi.title,
          tags: kpi.tags,
          departments: kpi.departments,
          unit: kpi.unit,
          version: versions.kpis.get(kpi.code) ?? 1,
          ...spanOf(kpi.code),
        })),
      })),
    })),
  };
}
