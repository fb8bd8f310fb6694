import type { Kysely } from 'kysely';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { TreeRename } from '../domain/tree-names.ts';
import type { Database } from './tables.ts';

/** A plan's renames of basic policies and theme programs, in the order they were made. */
export async function listTreeRenames(db: Kysely<Database>, planId: number): Promise<TreeRename[]> {
  const rows = await db
    .selectFrom('tree_renames')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    policyNumber: row.policy_number,
    themeNumber: row.theme_number,
    fromYear: fiscalYear(row.from_year),
    oldName: row.old_name,
    newName: row.new_name,
    reason: row.reason,
    by: row.actor,
    at: row.at,
  }));
}

/** Keeps a rename of a tree node from a year (the tree itself is saved with the new name). */
export async function appendTreeRename(
  trx: Kysely<Database>,
  planId: number,
  rename: TreeRename & { readonly reason: string; readonly by: string; readonly at: string },
): Promise<void> {
  await trx
    .insertInto('tree_renames')
    .values({
      plan_id: planId,
      policy_number: rename.policyNumber,
      theme_number: rename.themeNumber,
      from_year: rename.fromYear,
      old_name: rename.oldName,
      new_name: rename.newName,
      reason: rename.reason,
      actor: rename.by,
      at: rename.at,
    })
    .execute();
}

/** A theme program moved to another basic policy takes its renames with it. */
export async function moveThemeRenames(
  trx: Kysely<Database>,
  planId: number,
  theme: { readonly from: string; readonly to: string; readonly number: string },
): Promise<void> {
  await trx
    .updateTable('tree_renames')
    .set({ policy_number: theme.to })
    .where('plan_id', '=', planId)
    .where('policy_number', '=', theme.from)
    .where('theme_number', '=', theme.number)
    .execute();
}

/** Removes a theme program's row once its KPIs have moved with it to another basic policy. */
export async function deleteThemeRow(
  trx: Kysely<Database>,
  planId: number,
  theme: { readonly policyNumber: string; readonly themeNumber: string },
): Promise<void> {
  const policy = await trx
    .selectFrom('basic_policies')
    .select('id')
    .where('plan_id', '=', planId)
    .where('number', '=', theme.policyNumber)
    .executeTakeFirst();
  if (!policy) return;
  await trx
    .deleteFrom('theme_programs')
    .where('policy_id', '=', policy.id)
    .where('number', '=', theme.themeNumber)
    .execute();
}
