import type { Kysely } from 'kysely';
import type { DepartmentRename } from '../domain/department-names.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { Database } from './tables.ts';

/**
 * The ids of a municipality's departments by name, creating those missing.
 * @example await ensureDepartments(trx, 1, ['総務課', '企画課']) // Map { '総務課' => 3, … }
 */
export async function ensureDepartments(
  trx: Kysely<Database>,
  municipalityId: number,
  names: Iterable<string>,
): Promise<Map<string, number>> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return new Map();
  await trx
    .insertInto('departments')
    .values(wanted.map((name) => ({ municipality_id: municipalityId, name })))
    .onConflict((oc) => oc.columns(['municipality_id', 'name']).doNothing())
    .execute();
  const rows = await trx
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('name', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

export async function listDepartments(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('departments')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}

/** A department of the municipality's list, with its renames oldest first. */
export interface DepartmentRecord {
  readonly id: number;
  readonly name: string;
  readonly renames: readonly DepartmentRename[];
}

/** Every rename of a municipality's departments, oldest first. */
export async function listDepartmentRenames(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<DepartmentRename[]> {
  const rows = await db
    .selectFrom('department_renames')
    .innerJoin('departments', 'departments.id', 'department_renames.department_id')
    .select([
      'department_renames.department_id',
      'department_renames.from_year',
      'department_renames.old_name',
      'department_renames.new_name',
      'department_renames.reason',
      'department_renames.actor',
      'department_renames.at',
    ])
    .where('departments.municipality_id', '=', municipalityId)
    .orderBy('department_renames.from_year')
    .orderBy('department_renames.id')
    .execute();
  return rows.map((row) => ({
    departmentId: row.department_id,
    fromYear: fiscalYear(row.from_year),
    oldName: row.old_name,
    newName: row.new_name,
    reason: row.reason,
    by: row.actor,
    at: row.at,
  }));
}

/** The municipality's departments by name, each with its renames. */
export async function listDepartmentRecords(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<DepartmentRecord[]> {
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  const renames = await listDepartmentRenames(db, municipalityId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    renames: renames.filter((r) => r.departmentId === row.id),
  }));
}

/** Adds a department to the list (a name taken is the caller's DuplicateError on `name`). */
export async function insertDepartment(
  trx: Kysely<Database>,
  municipalityId: number,
  name: string,
): Promise<number> {
  const row = await trx
    .insertInto('departments')
    .values({ municipality_id: municipalityId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Renames a department from a year: its row and its accounts take the new name (everything
 * stored names a department by its current name), and the rename is kept for the years
 * before it (`namesInYear`).
 */
export async function renameDepartmentRow(
  trx: Kysely<Database>,
  municipalityId: number,
  rename: DepartmentRename & { readonly reason: string; readonly by: string; readonly at: string },
): Promise<void> {
  await trx
    .updateTable('departments')
    .set({ name: rename.newName })
    .where('id', '=', rename.departmentId)
    .where('municipality_id', '=', municipalityId)
    .execute();
  await trx
    .updateTable('account_departments')
    .set({ department: rename.newName })
    .where('department', '=', rename.oldName)
    .where('account_id', 'in', (q) =>
      q.selectFrom('accounts').select('id').where('municipality_id', '=', municipalityId),
    )
    .execute();
  await trx
    .insertInto('department_renames')
    .values({
      department_id: rename.departmentId,
      from_year: rename.fromYear,
      old_name: rename.oldName,
      new_name: rename.newName,
      reason: rename.reason,
      actor: rename.by,
      at: rename.at,
    })
    .execute();
}
