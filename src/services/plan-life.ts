import type { Kysely } from 'kysely';
import { NotFoundError } from '../db/errors.ts';
import { appendKpiChange, listKpiChanges } from '../db/kpi-change-repository.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findKpiId, loadPlan } from '../db/plan-repository.ts';
import { bumpPlanRevision } from '../db/plan-revision.ts';
import { listPublications } from '../db/publication-repository.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { KpiRetirementResultView, KpiRevisionResultView } from '../domain/api-contract.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { KpiChange, KpiChangeKind, KpiDefinition } from '../domain/kpi-life.ts';
import {
  changedDefinitionFields,
  definitionFieldText,
  definitionOf,
  inForce,
  kpiInYear,
  refuseChangeFrom,
  revisedDefinition,
} from '../domain/kpi-life.ts';
import type { Kpi, Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import type { KpiFields } from '../domain/plan-edits.ts';
import { addKpi as addKpiTo } from '../domain/plan-edits.ts';
import { requirePlanChange } from './access.ts';
import type { AuditDraft } from './audit.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import type { PlanEditResult } from './plan-editing.ts';
import { editPlanIn } from './plan-editing.ts';
import { PublishedYearError, ValidationError } from './service-errors.ts';

/*
 * The plan's life (issue 20): a KPI revised, retired or added from a fiscal year, with a
 * reason, all or nothing, in the audit log. The years before the change keep what they had,
 * and a change reaching a published year is refused: a published report is a public record.
 */

/** A change dated by the year it takes effect, and why. */
export interface DatedChange {
  readonly planId: number;
  readonly from: FiscalYear;
  readonly reason: string;
}

export interface LifeContext {
  readonly plan: Plan;
  readonly municipalityId: number;
  readonly changes: readonly KpiChange[];
  readonly published: readonly FiscalYear[];
}

export async function lifeOf(
  trx: Kysely<Database>,
  store: Store,
  planId: number,
  actor: Actor,
): Promise<LifeContext> {
  await requirePlanChange(trx, actor, planId);
  const { municipalityId } = await lockPlan(trx, store.kind, planId);
  return {
    plan: await loadPlan(trx, planId),
    municipalityId,
    changes: await listKpiChanges(trx, planId),
    published: (await listPublications(trx, planId)).map((p) => p.fiscalYear),
  };
}

/** Refuses a change whose year the plan's life does not allow, naming `from`. */
export function checkYear(
  context: LifeContext,
  kind: KpiChangeKind,
  from: FiscalYear,
  own: readonly KpiChange[],
): void {
  const refusal = refuseChangeFrom({
    kind,
    fromYear: from,
    published: context.published,
    plan: context.plan,
    changes: own,
  });
  if (refusal === null) return;
  if (refusal.conflict) {
    const years = context.published.filter((y) => y >= from);
    throw new PublishedYearError(refusal.field, years, refusal.message);
  }
  throw new ValidationError(refusal.field, refusal.message);
}

export function kpiNamed(plan: Plan, code: string): Kpi {
  const kpi = planKpis(plan).find((k) => k.code === code);
  if (!kpi) throw new NotFoundError('KPI', code);
  return kpi;
}

export async function kpiIdOf(
  trx: Kysely<Database>,
  planId: number,
  code: string,
): Promise<number> {
  const id = await findKpiId(trx, planId, code);
  if (id === undefined) throw new NotFoundError('KPI', code);
  return id;
}

export const reasonDraft = (
  base: Omit<AuditDraft, 'field' | 'newValue'>,
  reason: string,
): AuditDraft => ({
  ...base,
  field: 'reason',
  newValue: reason,
});

/**
 * Revises a KPI's definition from a year (中間見直し: ⑦'s target 264,000 → 270,000 from R7):
 * the definition in force that year with the patch applied holds from then on, until a later
 * dated revision; earlier years keep theirs.
 */
export async function reviseKpi(
  store: Store,
  input: DatedChange & { readonly code: string; readonly patch: Partial<KpiDefinition> },
  actor: Actor,
  now: Date,
): Promise<KpiRevisionResultView> {
  return writeTransaction(store, async (trx) => {
    const context = await lifeOf(trx, store, input.planId, actor);
    const kpi = kpiNamed(context.plan, input.code);
    const own = context.changes.filter((c) => c.code === input.code);
    checkYear(context, 'revise', input.from, own);
    const before = definitionOf(kpiInYear(kpi, own, input.from));
    const after = revisedDefinition(before, input.patch);
    const base = {
      action: 'kpi.revise',
      entity: 'kpi',
      municipalityId: context.municipalityId,
      planId: input.planId,
      kpiCode: input.code,
      fiscalYear: input.from,
    };
    // As the feed and the page word them (⑦'s target 「264000（R8）」), not as JSON.
    const drafts: AuditDraft[] = changedDefinitionFields(before, after).map((field) => ({
      ...base,
      field,
      oldValue: definitionFieldText(before, field),
      newValue: definitionFieldText(after, field),
    }));
    if (drafts.length === 0) throw new ValidationError('patch', 'nothing to change');
    const kpiId = await kpiIdOf(trx, input.planId, input.code);
    await appendKpiChange(
      trx,
      { planId: input.planId, kpiId },
      {
        kind: 'revise',
        fromYear: input.from,
        definition: after,
        replacedBy: null,
        reason: input.reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      },
    );
    await audit(trx, actor, [...drafts, reasonDraft(base, input.reason)], now);
    await bumpPlanRevision(trx, input.planId);
    return {
      code: input.code,
      from: input.from,
      changed: drafts.flatMap((d) => (d.field ? [d.field] : [])),
    };
  });
}

/**
 * Retires a KPI from a year (⑫ from R7): it stays in every earlier year and its history, and
 * leaves the plan from then on; `replacedBy` names the KPI that carries its series on.
 */
export async function retireKpi(
  store: Store,
  input: DatedChange & { readonly code: string; readonly replacedBy: string | null },
  actor: Actor,
  now: Date,
): Promise<KpiRetirementResultView> {
  return writeTransaction(store, async (trx) => {
    const context = await lifeOf(trx, store, input.planId, actor);
    kpiNamed(context.plan, input.code);
    const own = context.changes.filter((c) => c.code === input.code);
    checkYear(context, 'retire', input.from, own);
    if (input.replacedBy !== null) {
      if (input.replacedBy === input.code) {
        throw new ValidationError('replacedBy', 'a KPI cannot replace itself');
      }
      const successor = planKpis(context.plan).find((k) => k.code === input.replacedBy);
      const theirs = context.changes.filter((c) => c.code === input.replacedBy);
      if (!successor || !inForce(theirs, input.from)) {
        throw new ValidationError(
          'replacedBy',
          `KPI ${input.replacedBy} is not in the plan in the year the retirement takes effect`,
        );
      }
    }
    const kpiId = await kpiIdOf(trx, input.planId, input.code);
    await appendKpiChange(
      trx,
      { planId: input.planId, kpiId },
      {
        kind: 'retire',
        fromYear: input.from,
        definition: null,
        replacedBy: input.replacedBy,
        reason: input.reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      },
    );
    const base = {
      action: 'kpi.retire',
      entity: 'kpi',
      municipalityId: context.municipalityId,
      planId: input.planId,
      kpiCode: input.code,
      fiscalYear: input.from,
    };
    await audit(
      trx,
      actor,
      [
        { ...base, field: 'retired', newValue: String(input.from) },
        ...(input.replacedBy === null
          ? []
          : [{ ...base, field: 'replacedBy', newValue: input.replacedBy }]),
        reasonDraft(base, input.reason),
      ],
      now,
    );
    await bumpPlanRevision(trx, input.planId);
    return { code: input.code, from: input.from };
  });
}

/**
 * Adds a KPI from a year (㉑ from R7): absent from every year before, with no figures yet.
 * The tree edit and its dated start are written together.
 */
export async function addKpiFrom(
  store: Store,
  input: DatedChange & {
    readonly where: { policyNumber: string; themeNumber: string; code: string };
    readonly fields: KpiFields;
  },
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return writeTransaction(store, async (trx) => {
    const context = await lifeOf(trx, store, input.planId, actor);
    checkYear(context, 'add', input.from, []);
    const result = await editPlanIn(
      trx,
      store.kind,
      input.planId,
      actor,
      () => (plan) => addKpiTo(plan, input.where, input.fields),
      now,
    );
    const kpiId = await kpiIdOf(trx, input.planId, input.where.code);
    await appendKpiChange(
      trx,
      { planId: input.planId, kpiId },
      {
        kind: 'add',
        fromYear: input.from,
        definition: null,
        replacedBy: null,
        reason: input.reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      },
    );
    const base = {
      action: 'kpi.add',
      entity: 'kpi',
      municipalityId: context.municipalityId,
      planId: input.planId,
      kpiCode: input.where.code,
      fiscalYear: input.from,
    };
    await audit(
      trx,
      actor,
      [{ ...base, field: 'from', newValue: String(input.from) }, reasonDraft(base, input.reason)],
      now,
    );
    return result;
  });
}
