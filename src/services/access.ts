import type { Kysely } from 'kysely';
import { NotFoundError } from '../db/errors.ts';
import { ensureMunicipality, findMunicipalityById } from '../db/municipality-repository.ts';
import { findPlanById, findPlanWithKpi } from '../db/plan-repository.ts';
import { listPublications } from '../db/publication-repository.ts';
import type { Municipality, PlanSummary } from '../db/records.ts';
import type { DatabaseKind } from '../db/database-kind.ts';
import type { Database } from '../db/tables.ts';
import type { AuditEntry } from '../db/audit-repository.ts';
import type { AccessDecision, Actor } from '../domain/access.ts';
import {
  decideEntry,
  decideEvaluation,
  decidePlanChange,
  isMemberOf,
  readsDraftsOf,
  seesAddresses,
} from '../domain/access.ts';
import { auditEntryDepartment } from '../domain/audit-entry-department.ts';
import { leadDepartment } from '../domain/entry-slot.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { EvaluationLevel } from '../domain/evaluation.ts';
import { LEVEL_NAMES } from '../domain/evaluation.ts';
import { ForbiddenError } from './service-errors.ts';

/**
 * The one place services ask "may this actor …" about a stored resource: each check names
 * the resource, reads what the rule needs, and asks src/domain/access.ts. A plan of another
 * municipality is not found (404), never forbidden (403), so its existence does not leak.
 */

function enforce(decision: AccessDecision, entity: string, key: string, what: string): void {
  switch (decision) {
    case 'allowed':
      return;
    case 'not_found':
      throw new NotFoundError(entity, key);
    case 'forbidden':
      throw new ForbiddenError(`you may not ${what}`);
  }
}

async function planOf(db: Kysely<Database>, planId: number): Promise<PlanSummary> {
  const plan = await findPlanById(db, planId);
  if (!plan) throw new NotFoundError('plan', String(planId));
  return plan;
}

/** A plan the actor may change (its tree, KPIs, settings, publication); else 404 or 403. */
export async function requirePlanChange(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<PlanSummary> {
  const plan = await planOf(db, planId);
  enforce(decidePlanChange(actor, plan.municipalityId), 'plan', String(planId), 'change this plan');
  return plan;
}

/** Where an entry is written, as the access check found it. */
export interface EntryPlace {
  readonly plan: PlanSummary;
  readonly kpiId: number;
  /** The KPI's departments, its first (主担当) first. */
  readonly departments: readonly string[];
  /** Each of those departments' id. */
  readonly departmentIds: ReadonlyMap<string, number>;
}

/** A KPI's figure or narrative the actor may enter; else 404 or 403. */
export async function requireEntry(
  db: Kysely<Database>,
  actor: Actor,
  where: { planId: number; code: string; department: string | null },
  options: { readonly lockPlanOn?: DatabaseKind } = {},
): Promise<EntryPlace> {
  // The plan, the KPI and its departments in one read; saving a figure takes the plan's
  // `entry` lock (plan-lock.ts) with it.
  const lock = options.lockPlanOn === 'postgres' ? 'key share' : undefined;
  const found = await findPlanWithKpi(db, where.planId, where.code, lock);
  if (!found) throw new NotFoundError('plan', String(where.planId));
  const { plan, kpi } = found;
  if (!isMemberOf(actor, plan.municipalityId)) throw new NotFoundError('plan', String(plan.id));
  if (kpi === undefined) throw new NotFoundError('KPI', where.code);
  const kpiId = kpi.id;
  const departmentIds = new Map(kpi.departments.map((d) => [d.name, d.id]));
  const departments = [...departmentIds.keys()];
  enforce(
    decideEntry(actor, plan.municipalityId, departments, where.department),
    'KPI',
    where.code,
    `enter figures of KPI ${where.code}${where.department ? ` for ${where.department}` : ''}: it is not of your department`,
  );
  return { plan, kpiId, departments, departmentIds };
}

/**
 * A KPI's evaluation level the actor may write (decideEvaluation): the KPI's place, as
 * requireEntry finds it; else 404 (another municipality, no such KPI) or 403.
 */
export async function requireEvaluation(
  db: Kysely<Database>,
  actor: Actor,
  where: { planId: number; code: string; level: EvaluationLevel },
  options: { readonly lockPlanOn?: DatabaseKind } = {},
): Promise<EntryPlace> {
  const lock = options.lockPlanOn === 'postgres' ? 'key share' : undefined;
  const found = await findPlanWithKpi(db, where.planId, where.code, lock);
  if (!found) throw new NotFoundError('plan', String(where.planId));
  const { plan, kpi } = found;
  if (!isMemberOf(actor, plan.municipalityId)) throw new NotFoundError('plan', String(plan.id));
  if (kpi === undefined) throw new NotFoundError('KPI', where.code);
  const departmentIds = new Map(kpi.departments.map((d) => [d.name, d.id]));
  const departments = [...departmentIds.keys()];
  enforce(
    decideEvaluation(actor, plan.municipalityId, departments, where.level),
    'KPI',
    where.code,
    `write the ${LEVEL_NAMES[where.level]} (${where.level}) of KPI ${where.code}`,
  );
  return { plan, kpiId: kpi.id, departments, departmentIds };
}

/** How much of a plan the actor reads: members everything, others the published years. */
export interface PlanReading {
  readonly plan: PlanSummary;
  readonly member: boolean;
  /** Null for members (every year); else the published years. */
  readonly years: ReadonlySet<FiscalYear> | null;
}

/** A plan the actor may read; a visitor sees a plan only once one of its years is published. */
export async function requirePlanRead(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<PlanReading> {
  return readingOf(actor, planId, await findPlanById(db, planId), async () =>
    (await listPublications(db, planId)).map((p) => p.fiscalYear),
  );
}

/**
 * requirePlanRead of plan `planId` already read (undefined: there is none), its published
 * years asked of `publishedYears` for a visitor only, so that a cache kept under the plan's
 * revision can answer them (services/report-cache.ts).
 */
export async function readingOf(
  actor: Actor,
  planId: number,
  plan: PlanSummary | undefined,
  publishedYears: () => Promise<readonly FiscalYear[]>,
): Promise<PlanReading> {
  if (!plan) throw new NotFoundError('plan', String(planId));
  if (isMemberOf(actor, plan.municipalityId)) return { plan, member: true, years: null };
  const years = await publishedYears();
  if (years.length === 0) throw new NotFoundError('plan', String(planId));
  return { plan, member: false, years: new Set(years) };
}

/** Refuses a year a visitor may not read with 404, as if it had no figures. */
export function requireYear(reading: PlanReading, year: FiscalYear | undefined): void {
  if (year !== undefined && reading.years !== null && !reading.years.has(year)) {
    throw new NotFoundError('fiscal year', String(year));
  }
}

/**
 * The municipality a new plan goes into: an account's own (whatever the request names), the
 * operator's as named. Refuses a viewer or editor (403).
 */
export async function requireMunicipalityChange(
  db: Kysely<Database>,
  actor: Actor,
  named: { readonly code: string; readonly name: string },
): Promise<Municipality> {
  const municipality =
    actor.kind === 'account'
      ? await findMunicipalityById(db, actor.municipalityId)
      : await ensureMunicipality(db, named);
  if (!municipality) throw new NotFoundError('municipality', named.code);
  enforce(decidePlanChange(actor, municipality.id), 'municipality', named.code, 'add plans');
  return municipality;
}

/**
 * A KPI's change list (its audit entries) as a member may read it: an editor, the changes of
 * its own departments' entries only (another department's drafts are not its to read, with or
 * without `drafts=1`), with the changes of the KPI itself; the client addresses for admins only.
 */
export function readableKpiChanges(
  actor: Actor,
  kpiDepartments: readonly string[],
  entries: readonly AuditEntry[],
): AuditEntry[] {
  const addresses = seesAddresses(actor);
  return entries
    .filter((entry) => {
      const about = auditEntryDepartment(entry, leadDepartment(kpiDepartments));
      return !about.entry || readsDraftsOf(actor, about.department);
    })
    .map((entry) => (addresses ? entry : { ...entry, address: null }));
}
