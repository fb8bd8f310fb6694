import type { Kysely } from 'kysely';
import type { DepartmentRecord } from '../db/department-repository.ts';
import {
  insertDepartment,
  listDepartmentRecords,
  listDepartments,
  renameDepartmentRow,
  mergeDepartmentRows,
} from '../db/department-repository.ts';
import { listRounds } from '../db/round-repository.ts';
import { DuplicateError, NotFoundError } from '../db/errors.ts';
import { ensureMunicipality, findMunicipalityByCode } from '../db/municipality-repository.ts';
import { listPlans } from '../db/plan-repository.ts';
import { bumpPlanRevision } from '../db/plan-revision.ts';
import { listPublications } from '../db/publication-repository.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel, decidePlanChange, isMemberOf } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { ForbiddenError, PublishedYearError, ValidationError } from './service-errors.ts';

/*
 * The municipality's departments as a list the admin keeps (issue 20): accounts and KPIs
 * choose from it, so a typo (「情報政策」 for 情報政策課) is refused rather than saved as a new
 * department; a reorganisation (機構改革) renames a department from a fiscal year, and the
 * years before it keep the old name.
 */

/** Which municipality: a member's own; the operator (command line) names one. */
export interface MunicipalityNamed {
  readonly code: string;
  readonly name: string;
}

async function municipalityOf(
  db: Kysely<Database>,
  actor: Actor,
  named: MunicipalityNamed | undefined,
  change: boolean,
): Promise<number> {
  if (actor.kind === 'account') {
    if (change && decidePlanChange(actor, actor.municipalityId) !== 'allowed') {
      throw new ForbiddenError('only an admin may change the departments');
    }
    return actor.municipalityId;
  }
  if (actor.kind === 'anonymous' || !named) throw new NotFoundError('municipality', '');
  const found = change
    ? await ensureMunicipality(db, named)
    : await findMunicipalityByCode(db, named.code);
  if (!found || !isMemberOf(actor, found.id)) throw new NotFoundError('municipality', named.code);
  return found.id;
}

/** A department's name as typed: NFKC (full-width digits and letters folded), trimmed. */
export function departmentName(text: string, field = 'name'): string {
  const name = text.normalize('NFKC').trim();
  if (name === '') throw new ValidationError(field, 'a department needs a name');
  if (name.length > 100)
    throw new ValidationError(field, 'a department name is 100 characters at most');
  return name;
}

/** The municipality's departments, each with its renames (members and the operator). */
export async function listDepartmentsFor(
  store: Store,
  actor: Actor,
  named?: MunicipalityNamed,
): Promise<DepartmentRecord[]> {
  const municipalityId = await municipalityOf(store.db, actor, named, false);
  return listDepartmentRecords(store.db, municipalityId);
}

/**
 * Refuses department names that are not in the municipality's list, naming the first and the
 * nearest known name (「情報政策」 → did you mean 情報政策課?).
 */
export async function requireKnownDepartments(
  db: Kysely<Database>,
  municipalityId: number,
  names: Iterable<string>,
  field = 'departments',
): Promise<void> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return;
  const known = await listDepartments(db, municipalityId);
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const first = unknown[0]!;
  const near = known.find((k) => k.includes(first) || first.includes(k));
  throw new ValidationError(
    field,
    `${first} is not one of the municipality's departments` +
      (near ? ` (did you mean ${near}?)` : '') +
      '; an admin adds departments to the list first',
  );
}

/** Adds a department to the municipality's list (admins and the operator). */
export async function addDepartment(
  store: Store,
  input: { readonly name: string; readonly municipality?: MunicipalityNamed },
  actor: Actor,
  now: Date,
): Promise<DepartmentRecord> {
  const name = departmentName(input.name);
  return writeTransaction(
    store,
    async (trx) => {
      const municipalityId = await municipalityOf(trx, actor, input.municipality, true);
      const id = await insertDepartment(trx, municipalityId, name);
      await audit(
        trx,
        actor,
        [
          {
            action: 'department.add',
            entity: 'department',
            municipalityId,
            field: 'name',
            newValue: name,
          },
        ],
        now,
      );
      return { id, name, renames: [], mergedInto: null };
    },
    { uniqueFields: { departments: 'name' } },
  ).catch((error: unknown) => {
    throw error instanceof DuplicateError ? taken(name) : error;
  });
}

const taken = (name: string) =>
  new DuplicateError('name', `${name} is already one of the municipality's departments`);

/**
 * Renames a department from a fiscal year (機構改革: 情報政策課 → DX推進課 from R7). Its KPIs,
 * accounts and entries follow it; every report of a year before `from` keeps the old name,
 * so a year already published (of any of the municipality's plans) cannot be reached.
 */
export async function renameDepartment(
  store: Store,
  input: {
    /** The department by its id (the API) or its current name (the command line). */
    readonly department: number | string;
    readonly newName: string;
    readonly from: FiscalYear;
    readonly reason: string;
    readonly municipality?: MunicipalityNamed;
  },
  actor: Actor,
  now: Date,
): Promise<DepartmentRecord> {
  const newName = departmentName(input.newName, 'newName');
  const reason = input.reason.trim();
  if (reason === '') throw new ValidationError('reason', 'say why the department is renamed');
  return writeTransaction(
    store,
    async (trx) => {
      const municipalityId = await municipalityOf(trx, actor, input.municipality, true);
      const departments = await listDepartmentRecords(trx, municipalityId);
      const department = departments.find((d) =>
        typeof input.department === 'number'
          ? d.id === input.department
          : d.name === input.department,
      );
      if (!department) throw new NotFoundError('department', String(input.department));
      if (newName === department.name) {
        throw new ValidationError('newName', 'the new name is the department’s name already');
      }
      if (departments.some((d) => d.name === newName)) throw taken(newName);
      const last = department.renames[department.renames.length - 1];
      if (last && last.fromYear >= input.from) {
        throw new ValidationError(
          'from',
          `${department.name} was renamed from ${formatFiscalYear(last.fromYear)} already; a later rename starts after it`,
        );
      }
      const plans = await listPlans(trx, municipalityId);
      await refuseReachingPublished(
        trx,
        plans,
        input.from,
        `published already with the name ${department.name}: a rename starts after the last published year`,
      );
      const rename = {
        departmentId: department.id,
        fromYear: input.from,
        oldName: department.name,
        newName,
        reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      };
      await renameDepartmentRow(trx, municipalityId, rename);
      const base = {
        action: 'department.rename',
        entity: 'department',
        municipalityId,
        fiscalYear: input.from,
      };
      await audit(
        trx,
        actor,
        [
          { ...base, field: 'name', oldValue: department.name, newValue: newName },
          { ...base, field: 'reason', newValue: reason },
        ],
        now,
      );
      // Every plan's reports name departments: their cached copies are stale now.
      for (const plan of plans) await bumpPlanRevision(trx, plan.id);
      return {
        id: department.id,
        name: newName,
        renames: [...department.renames, rename],
        mergedInto: null,
      };
    },
    { uniqueFields: { departments: 'newName' } },
  );
}

/** Refuses a change from `from` when a year from then on of any plan is published already. */
async function refuseReachingPublished(
  trx: Kysely<Database>,
  plans: readonly { readonly id: number }[],
  from: FiscalYear,
  why: string,
): Promise<void> {
  const published: FiscalYear[] = [];
  for (const plan of plans) {
    for (const p of await listPublications(trx, plan.id)) {
      if (p.fiscalYear >= from) published.push(p.fiscalYear);
    }
  }
  if (published.length === 0) return;
  const years = [...new Set(published)].sort((a, b) => a - b);
  throw new PublishedYearError(
    'from',
    years,
    `${years.map((y) => formatFiscalYear(y)).join(', ')} ${why}`,
  );
}

/**
 * Merges a department into another from a fiscal year (機構改革: 情報政策課 into 企画課 from
 * R7). Its KPIs and its editors go to the other department; every report of a year before
 * `from` names the departments as they were, so a published year cannot be reached, and a
 * round of such a year must not be open (its entries belong to the old department).
 */
export async function mergeDepartment(
  store: Store,
  input: {
    /** The departments by id (the API) or current name (the command line). */
    readonly department: number | string;
    readonly into: number | string;
    readonly from: FiscalYear;
    readonly reason: string;
    readonly municipality?: MunicipalityNamed;
  },
  actor: Actor,
  now: Date,
): Promise<DepartmentRecord> {
  const reason = input.reason.trim();
  if (reason === '') throw new ValidationError('reason', 'say why the departments are merged');
  return writeTransaction(store, async (trx) => {
    const municipalityId = await municipalityOf(trx, actor, input.municipality, true);
    const departments = await listDepartmentRecords(trx, municipalityId);
    const find = (key: number | string, field: string) => {
      const found = departments.find((d) =>
        typeof key === 'number' ? d.id === key : d.name === key,
      );
      if (!found) throw new NotFoundError('department', String(key));
      if (found.mergedInto !== null) {
        throw new ValidationError(
          field,
          `${found.name} was merged into ${found.mergedInto.name} already`,
        );
      }
      return found;
    };
    const merged = find(input.department, 'department');
    const into = find(input.into, 'into');
    if (merged.id === into.id) {
      throw new ValidationError('into', 'a department is not merged into itself');
    }
    const plans = await listPlans(trx, municipalityId);
    await refuseReachingPublished(
      trx,
      plans,
      input.from,
      `published already with ${merged.name}: a merge starts after the last published year`,
    );
    for (const plan of plans) {
      const open = (await listRounds(trx, plan.id)).filter(
        (r) => r.state === 'open' && r.fiscalYear >= input.from,
      );
      if (open.length > 0) {
        throw new ValidationError(
          'from',
          `the ${formatFiscalYear(open[0]!.fiscalYear)} round of ${plan.name} is open with entries of ${merged.name}: close it, or merge from the year after`,
        );
      }
    }
    await mergeDepartmentRows(
      trx,
      municipalityId,
      {
        departmentId: merged.id,
        intoId: into.id,
        fromYear: input.from,
        reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      },
      { merged: merged.name, into: into.name },
    );
    const base = {
      action: 'department.merge',
      entity: 'department',
      municipalityId,
      fiscalYear: input.from,
    };
    await audit(
      trx,
      actor,
      [
        { ...base, field: 'merged_into', oldValue: merged.name, newValue: into.name },
        { ...base, field: 'reason', newValue: reason },
      ],
      now,
    );
    for (const plan of plans) await bumpPlanRevision(trx, plan.id);
    return { ...merged, mergedInto: { name: into.name, fromYear: input.from } };
  });
}
