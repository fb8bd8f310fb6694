import type { Kysely } from 'kysely';
import { ConflictError, DuplicateError, NotFoundError } from '../db/errors.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findPlanByName, loadPlan } from '../db/plan-repository.ts';
import { savePlan } from '../db/plan-writer.ts';
import type { TreeRecord } from '../db/record-versions.ts';
import { getRecordVersion } from '../db/record-versions.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { PlanEditResultView } from '../domain/api-contract.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from '../domain/grade-scale.ts';
import type { Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import { requireKnownDepartments } from './departments.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import {
  changedDefinitionFields,
  definitionFieldText,
  definitionOf,
  inForce,
  revisedDefinition,
} from '../domain/kpi-life.ts';
import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { addPublicationEvents, listPublications } from '../db/publication-repository.ts';
import type {
  KpiFields,
  NewTheme,
  PlanEdit,
  PlanEditRefusal,
  PlanSettingsPatch,
} from '../domain/plan-edits.ts';
import {
  addKpi as addKpiTo,
  addPolicy as addPolicyTo,
  addTheme as addThemeTo,
  refuseSettingsChange,
  setPlanSettings,
  updateKpi as updateKpiIn,
} from '../domain/plan-edits.ts';
import { DEFAULT_RATE_PRECISION } from '../domain/rate-format.ts';
import type { Actor } from '../domain/access.ts';
import { requireMunicipalityChange, requirePlanChange } from './access.ts';
import { audit, changeDrafts } from './audit.ts';
import type { Store } from './database-handle.ts';
import { PublishedYearError, ValidationError } from './service-errors.ts';

/** What an edit of the plan tree added and changed (the API's view of it). */
export type PlanEditResult = PlanEditResultView;

/** The version an editor read of the record an edit changes. */
export interface ExpectedVersion {
  readonly record: TreeRecord;
  readonly version: number;
}

const describeRecord = (record: TreeRecord): string => {
  switch (record.kind) {
    case 'plan':
      return 'the plan';
    case 'policy':
      return `basic policy ${record.number}`;
    case 'theme':
      return `theme program ${record.policyNumber}/${record.themeNumber}`;
    case 'kpi':
      return `KPI ${record.code}`;
  }
};

/** Refuses an edit made on a version someone has changed since; a missing record is the edit's to report. */
async function checkVersion(
  trx: Kysely<Database>,
  planId: number,
  expected: ExpectedVersion,
): Promise<void> {
  const actual = await getRecordVersion(trx, planId, expected.record);
  if (actual !== undefined && actual !== expected.version) {
    throw new ConflictError(
      `${describeRecord(expected.record)} is at version ${actual}, not ${expected.version}: someone changed it first`,
      expected.version,
      actual,
    );
  }
}

/**
 * Loads a plan, applies a pure edit to it and saves the result, in one transaction that holds
 * the plan's row lock from the start (so a concurrent edit of the same plan waits, then sees
 * this one's result); with an expected version, refuses the edit when the record changed since
 * the editor read it, so of N concurrent edits naming one version exactly one wins.
 */
async function editPlan(
  store: Store,
  planId: number,
  actor: Actor,
  edit: (plan: Plan) => PlanEdit,
  now: Date,
  expected?: ExpectedVersion,
): Promise<PlanEditResult> {
  return writeTransaction(store, (trx) =>
    editPlanIn(trx, store.kind, planId, actor, () => edit, now, expected),
  );
}

/**
 * editPlan inside the caller's transaction, for a service that writes more beside the edit (a
 * dated change of the plan's life); `prepare` sees the plan first and gives the edit.
 */
export async function editPlanIn(
  trx: Kysely<Database>,
  kind: Store['kind'],
  planId: number,
  actor: Actor,
  prepare: (
    plan: Plan,
    municipalityId: number,
  ) => Promise<(plan: Plan) => PlanEdit> | ((plan: Plan) => PlanEdit),
  now: Date,
  expected?: ExpectedVersion,
): Promise<PlanEditResult> {
  await requirePlanChange(trx, actor, planId);
  const { municipalityId } = await lockPlan(trx, kind, planId);
  if (expected) await checkVersion(trx, planId, expected);
  const before = await loadPlan(trx, planId);
  const edit = await prepare(before, municipalityId);
  const result = edit(before);
  if (result.kind === 'refused') throw refusalError(result.refusal);
  const after = result.plan;
  // Departments are chosen from the municipality's list: a typo, or a department merged into
  // another, is refused where a KPI is given it, not added.
  const had = new Map(planKpis(before).map((k) => [k.code, new Set(k.departments)]));
  await requireKnownDepartments(
    trx,
    municipalityId,
    planKpis(after).flatMap((k) => k.departments.filter((d) => !had.get(k.code)?.has(d))),
  );
  const saved = await savePlan(trx, municipalityId, after, { now: now.toISOString() });
  await audit(trx, actor, changeDrafts(before, after, { municipalityId, planId }), now);
  return { planId: saved.planId, added: saved.added, changed: saved.changed };
}

export interface NewPlan {
  readonly name: string;
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
  readonly municipality: { readonly code: string; readonly name: string };
}

export async function createPlan(
  store: Store,
  input: NewPlan,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  if (input.startYear !== null && input.endYear !== null && input.startYear > input.endYear) {
    throw new ValidationError('endYear', 'the plan ends before it starts');
  }
  return writeTransaction(store, async (trx) => {
    const municipality = await requireMunicipalityChange(trx, actor, input.municipality);
    if (await findPlanByName(trx, municipality.id, input.name)) {
      throw new DuplicateError('name', `a plan named "${input.name}" exists already`);
    }
    const plan: Plan = {
      name: input.name,
      startYear: input.startYear,
      endYear: input.endYear,
      ratePrecision: DEFAULT_RATE_PRECISION,
      gradeScale: DEFAULT_GRADE_SCALE,
      policies: [],
    };
    // A racing create of the same name meets the unique key: 409, as the check above says.
    const saved = await savePlan(trx, municipality.id, plan, {
      create: true,
      now: now.toISOString(),
    });
    await audit(
      trx,
      actor,
      [
        {
          action: 'plan.create',
          entity: 'plan',
          municipalityId: municipality.id,
          planId: saved.planId,
          field: 'name',
          newValue: plan.name,
        },
      ],
      now,
    );
    return { planId: saved.planId, added: saved.added, changed: saved.changed };
  });
}

/** A refused edit as the error the API and the command line answer with. */
function refusalError(refusal: PlanEditRefusal): Error {
  switch (refusal.kind) {
    case 'not-found':
      return new NotFoundError(refusal.entity, refusal.key);
    case 'duplicate':
      return new DuplicateError(refusal.field, refusal.message);
    case 'invalid':
      return new ValidationError(refusal.field, refusal.message);
  }
}

/**
 * Sets a plan's period, rate precision and grading scale. The report follows at once: the
 * save bumps the plan's revision, and the change is listed ("rate precision 0+ → 1+").
 */
export async function updatePlanSettings(
  store: Store,
  planId: number,
  patch: PlanSettingsPatch,
  version: number,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  const expected: ExpectedVersion = { record: { kind: 'plan' }, version };
  return writeTransaction(store, (trx) =>
    editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async (before) => {
        const published = (await listPublications(trx, planId)).map((p) => p.fiscalYear);
        const refusal = refuseSettingsChange(before, patch, published);
        if (refusal !== null) {
          throw new PublishedYearError(refusal.field, refusal.years, refusal.message);
        }
        return (plan: Plan) => setPlanSettings(plan, patch);
      },
      now,
      expected,
    ),
  );
}

export async function addPolicy(
  store: Store,
  planId: number,
  input: { number: string; name: string },
  actor: Actor,
  now: Date,
) {
  return editPlan(store, planId, actor, (plan) => addPolicyTo(plan, input), now);
}

export async function addTheme(
  store: Store,
  planId: number,
  policyNumber: string,
  input: NewTheme,
  actor: Actor,
  now: Date,
) {
  return editPlan(store, planId, actor, (plan) => addThemeTo(plan, policyNumber, input), now);
}

export async function addKpi(
  store: Store,
  planId: number,
  where: { policyNumber: string; themeNumber: string; code: string },
  fields: KpiFields,
  actor: Actor,
  now: Date,
) {
  return writeTransaction(store, (trx) =>
    editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async () => {
        // A KPI added to a plan with published years would appear in them: it takes a year.
        const published = (await listPublications(trx, planId)).map((p) => p.fiscalYear);
        if (published.length > 0) {
          const years = published.map((y) => formatFiscalYear(y)).join(', ');
          throw new PublishedYearError(
            'from',
            published,
            `${years} published: a KPI added without a year would appear in them; say from which fiscal year it takes effect (from) and why (reason)`,
          );
        }
        return (plan: Plan) => addKpiTo(plan, where, fields);
      },
      now,
    ),
  );
}

/**
 * Corrects a KPI's fields in every year (a typo in its title, a wrong target as published).
 * Once a year of the plan is published, a change of its definition is a correction of a
 * public record: it needs a reason, and each published year gets a feed entry saying
 * 「訂正前 → 訂正後」 (a change that holds from a later year is a revision: plan-life.ts).
 */
export async function updateKpi(
  store: Store,
  planId: number,
  code: string,
  patch: Partial<KpiFields>,
  version: number,
  actor: Actor,
  reason: string | null = null,
  now: Date,
) {
  const expected: ExpectedVersion = { record: { kind: 'kpi', code }, version };
  return writeTransaction(store, (trx) =>
    editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async (before) => {
        const kpi = planKpis(before).find((k) => k.code === code);
        // The published years the KPI is part of: one added from R7 corrects nothing published.
        const own = (await listKpiChanges(trx, planId)).filter((c) => c.code === code);
        const published = (await listPublications(trx, planId))
          .map((p) => p.fiscalYear)
          .filter((year) => inForce(own, year));
        if (kpi === undefined || published.length === 0) {
          return (plan: Plan) => updateKpiIn(plan, code, patch);
        }
        const departments = patch.departments;
        if (departments !== undefined && departments.join('\n') !== kpi.departments.join('\n')) {
          const years = published.map((y) => formatFiscalYear(y)).join(', ');
          throw new PublishedYearError(
            'departments',
            published,
            `${years} published with ${kpi.departments.join('、')}: hand KPI ${code} to other departments from a later year (POST …/kpis/${code}/departments with from and reason)`,
          );
        }
        const was = definitionOf(kpi);
        const will = revisedDefinition(was, patch);
        const fields = changedDefinitionFields(was, will);
        if (fields.length > 0 && reason === null) {
          const years = published.map((y) => formatFiscalYear(y)).join(', ');
          throw new ValidationError(
            'reason',
            `${years} published: a correction of KPI ${code}'s ${fields.join(', ')} needs a reason, and is announced in the feed (to change it from a later year only, revise it: POST …/kpis/${code}/revisions)`,
          );
        }
        await addPublicationEvents(
          trx,
          planId,
          published.flatMap((fiscalYear) =>
            fields.map((field) => ({
              fiscalYear,
              kind: 'correction' as const,
              kpiCode: code,
              department: null,
              field,
              oldText: definitionFieldText(was, field),
              newText: definitionFieldText(will, field),
              reason,
              at: now.toISOString(),
            })),
          ),
        );
        return (plan: Plan) => updateKpiIn(plan, code, patch);
      },
      now,
      expected,
    ),
  );
}
