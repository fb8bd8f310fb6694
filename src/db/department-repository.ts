import type { Kysely } from 'kysely';
import type { KpiDepartmentMove } from '../domain/department-merges.ts';
import type { DepartmentRename } from '../domain/department-names.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
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
  // A department merged into another is history: nothing chooses it any more.
  const rows = await db
    .selectFrom('departments')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('merged_into', 'is', null)
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}

/** A department of the municipality's list, with its renames oldest first. */
export interface DepartmentRecord {
  readonly id: number;
  readonly name: string;
  readonly renames: readonly DepartmentRename[];
  /** The department it was merged into, and from which year; null while it is current. */
  readonly mergedInto: { readonly name: string; readonly fromYear: FiscalYear } | null;
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
    .select(['id', 'name', 'merged_into', 'merged_from'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  const renames = await listDepartmentRenames(db, municipalityId);
  const nameOf = new Map(rows.map((row) => [row.id, row.name]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    renames: renames.filter((r) => r.departmentId === row.id),
    mergedInto:
      row.merged_into === null || row.merged_from === null
        ? null
        : { name: nameOf.get(row.merged_into) ?? '', fromYear: fiscalYear(row.merged_from) },
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

/** One merge as the service asks it: `departmentId` joins `intoId` from `fromYear`. */
export interface DepartmentMerge {
  readonly departmentId: number;
  readonly intoId: number;
  readonly fromYear: FiscalYear;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

/**
 * Merges a department into another from a year: each KPI it is responsible for keeps the
 * departments it had before (kpi_department_moves) and names the other in its place (once);
 * its accounts edit for the other; its row stays, marked merged, with its past figures.
 */
export async function mergeDepartmentRows(
  trx: Kysely<Database>,
  municipalityId: number,
  merge: DepartmentMerge,
  names: { readonly merged: string; readonly into: string },
): Promise<void> {
  const links = await trx
    .selectFrom('kpi_departments')
    .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
    .select([
      'kpi_departments.kpi_id',
      'departments.name',
      'kpi_departments.department_id',
      'kpi_departments.sort_order',
      'kpi_departments.responsible',
    ])
    .where('kpi_departments.kpi_id', 'in', (q) =>
      q
        .selectFrom('kpi_departments')
        .select('kpi_id')
        .where('department_id', '=', merge.departmentId)
        .where('responsible', '=', 1),
    )
    .orderBy('kpi_departments.kpi_id')
    .orderBy('kpi_departments.sort_order')
    .execute();
  const kpiIds = [...new Set(links.map((l) => l.kpi_id))];
  for (const kpiId of kpiIds) {
    const own = links.filter((l) => l.kpi_id === kpiId);
    const before = own.filter((l) => l.responsible === 1).map((l) => l.name);
    await appendKpiDepartmentMove(trx, kpiId, { ...merge, departmentsBefore: before });
    // The merged department's link stays, last and not responsible, so its past figures and
    // narratives keep their name; the department it joined takes its place.
    const merged = own.find((l) => l.department_id === merge.departmentId)!;
    const last = Math.max(...own.map((l) => l.sort_order));
    await trx
      .updateTable('kpi_departments')
      .set({ responsible: 0, sort_order: last + 1 })
      .where('kpi_id', '=', kpiId)
      .where('department_id', '=', merge.departmentId)
      .execute();
    const joined = own.find((l) => l.department_id === merge.intoId);
    if (joined === undefined) {
      await trx
        .insertInto('kpi_departments')
        .values({
          kpi_id: kpiId,
          department_id: merge.intoId,
          sort_order: merged.sort_order,
          responsible: 1,
        })
        .execute();
    } else if (joined.responsible === 0) {
      await trx
        .updateTable('kpi_departments')
        .set({ responsible: 1, sort_order: merged.sort_order })
        .where('kpi_id', '=', kpiId)
        .where('department_id', '=', merge.intoId)
        .execute();
    }
  }
  // Its editors edit for the department it joined (once each).
  const accounts = (q: Kysely<Database>) =>
    q.selectFrom('accounts').select('id').where('municipality_id', '=', municipalityId);
  await trx
    .deleteFrom('account_departments')
    .where('department', '=', names.merged)
    .where('account_id', 'in', (q) =>
      q.selectFrom('account_departments').select('account_id').where('department', '=', names.into),
    )
    .where('account_id', 'in', accounts(trx))
    .execute();
  await trx
    .updateTable('account_departments')
    .set({ department: names.into })
    .where('department', '=', names.merged)
    .where('account_id', 'in', accounts(trx))
    .execute();
  await trx
    .updateTable('departments')
    .set({ merged_into: merge.intoId, merged_from: merge.fromYear })
    .where('id', '=', merge.departmentId)
    .where('municipality_id', '=', municipalityId)
    .execute();
}

/**
 * Keeps a KPI's departments before a move from a year (a merge, or a change of the KPI's own
 * departments); the links themselves are saved with the plan or by the merge.
 */
export async function appendKpiDepartmentMove(
  trx: Kysely<Database>,
  kpiId: number,
  move: {
    readonly fromYear: FiscalYear;
    readonly departmentsBefore: readonly string[];
    readonly reason: string;
    readonly by: string;
    readonly at: string;
  },
): Promise<void> {
  await trx
    .insertInto('kpi_department_moves')
    .values({
      kpi_id: kpiId,
      from_year: move.fromYear,
      departments_before: JSON.stringify(move.departmentsBefore),
      reason: move.reason,
      actor: move.by,
      at: move.at,
    })
    .execute();
}

/** Each KPI's departments before a move (a merge or a change), oldest first. */
export async function listKpiDepartmentMoves(
  db: Kysely<Database>,
  planId: number,
): Promise<KpiDepartmentMove[]> {
  const rows = await db
    .selectFrom('kpi_department_moves')
    .innerJoin('kpis', 'kpis.id', 'kpi_department_moves.kpi_id')
    .select([
      'kpis.code',
      'kpi_department_moves.from_year',
      'kpi_department_moves.departments_before',
      'kpi_department_moves.reason',
    ])
    .where('kpis.plan_id', '=', planId)
    .orderBy('kpi_department_moves.from_year')
    .orderBy('kpi_department_moves.id')
    .execute();
  return rows.map((row) => ({
    code: row.code,
    fromYear: fiscalYear(row.from_year),
    departmentsBefore: decodeNames(row.departments_before),
    reason: row.reason,
  }));
}

const decodeNames = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
