import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** An editable record of a plan tree, by its natural key. */
export type TreeRecord =
  | { readonly kind: 'plan' }
  | { readonly kind: 'policy'; readonly number: string }
  | { readonly kind: 'theme'; readonly policyNumber: string; readonly themeNumber: string }
  | { readonly kind: 'kpi'; readonly code: string };

/** The versions of a plan's records, for views that hand them to editors. */
export interface TreeVersions {
  readonly plan: number;
  /** By policy number. */
  readonly policies: ReadonlyMap<string, number>;
  /** By "policy/theme" numbers. */
  readonly themes: ReadonlyMap<string, number>;
  /** By KPI code. */
  readonly kpis: ReadonlyMap<string, number>;
}

export const themeKey = (policyNumber: string, themeNumber: string): string =>
  `${policyNumber}/${themeNumber}`;

export async function getTreeVersions(db: Kysely<Database>, planId: number): Promise<TreeVersions> {
  const [plan, policies, themes, kpis] = await Promise.all([
    db.selectFrom('plans').select('version').where('id', '=', planId).executeTakeFirst(),
    db
      .selectFrom('basic_policies')
      .select(['number', 'version'])
      .where('plan_id', '=', planId)
      .execute(),
    db
      .selectFrom('theme_programs')
      .innerJoin('basic_policies', 'basic_policies.id', 'theme_programs.policy_id')
      .select([
        'basic_policies.number as policy',
        'theme_programs.number as theme',
        'theme_programs.version',
      ])
      .where('basic_policies.plan_id', '=', planId)
      .execute(),
    db.selectFrom('kpis').select(['code', 'version']).where('plan_id', '=', planId).execute(),
  ]);
  return {
    plan: plan?.version ?? 0,
    policies: new Map(policies.map((p) => [p.number, p.version])),
    themes: new Map(themes.map((t) => [themeKey(t.policy, t.theme), t.version])),
    kpis: new Map(kpis.map((k) => [k.code, k.version])),
  };
}

/** One record's version, or undefined when the plan has no such record. */
export async function getRecordVersion(
  db: Kysely<Database>,
  planId: number,
  record: TreeRecord,
): Promise<number | undefined> {
  const versions = await getTreeVersions(db, planId);
  switch (record.kind) {
    case 'plan':
      return versions.plan === 0 ? undefined : versions.plan;
    case 'policy':
      return versions.policies.get(record.number);
    case 'theme':
      return versions.themes.get(themeKey(record.policyNumber, record.themeNumber));
    case 'kpi':
      return versions.kpis.get(record.code);
  }
}
