import { NotFoundError } from '../db/errors.ts';
import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findKpiId, findPlanById } from '../db/plan-repository.ts';
import { bumpPlanRevision } from '../db/plan-revision.ts';
import { everPublishedYears } from '../db/publication-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { yearsPublishedWith } from '../domain/kpi-life.ts';
import { requirePlanChange } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { PublishedYearError } from './service-errors.ts';

/*
 * Deleting is only for what was never published (issue 20): a mistaken draft KPI, a plan set
 * up by mistake. Whatever a published report showed is a public record: it is retired from a
 * year or corrected, never deleted.
 */

const yearList = (years: readonly FiscalYear[]) => years.map((y) => formatFiscalYear(y)).join(', ');

/** Deletes a plan none of whose years was ever published, with everything in it. */
export async function deletePlan(
  store: Store,
  planId: number,
  actor: Actor,
  now: Date,
): Promise<void> {
  await writeTransaction(store, async (trx) => {
    await requirePlanChange(trx, actor, planId);
    const { municipalityId } = await lockPlan(trx, store.kind, planId);
    const plan = await findPlanById(trx, planId);
    if (!plan) throw new NotFoundError('plan', String(planId));
    const published = await everPublishedYears(trx, planId);
    if (published.length > 0) {
      throw new PublishedYearError(
        'plan',
        published,
        `${yearList(published)} of this plan were published: a published plan is kept, not deleted`,
      );
    }
    await trx.deleteFrom('plans').where('id', '=', planId).execute();
    await audit(
      trx,
      actor,
      [
        {
          action: 'plan.delete',
          entity: 'plan',
          municipalityId,
          planId,
          field: 'name',
          oldValue: plan.name,
        },
      ],
      now,
    );
  });
}

/** Deletes a KPI no published year listed (added by mistake), with its figures and entries. */
export async function deleteKpi(
  store: Store,
  input: { readonly planId: number; readonly code: string },
  actor: Actor,
  now: Date,
): Promise<void> {
  await writeTransaction(store, async (trx) => {
    await requirePlanChange(trx, actor, input.planId);
    const { municipalityId } = await lockPlan(trx, store.kind, input.planId);
    const kpiId = await findKpiId(trx, input.planId, input.code);
    if (kpiId === undefined) throw new NotFoundError('KPI', input.code);
    const own = (await listKpiChanges(trx, input.planId)).filter((c) => c.code === input.code);
    const listed = yearsPublishedWith(own, await everPublishedYears(trx, input.planId));
    if (listed.length > 0) {
      throw new PublishedYearError(
        'code',
        listed,
        `KPI ${input.code} is in the published ${yearList(listed)}: retire it from a year instead`,
      );
    }
    await trx.deleteFrom('kpis').where('id', '=', kpiId).execute();
    await audit(
      trx,
      actor,
      [
        {
          action: 'kpi.delete',
          entity: 'kpi',
          municipalityId,
          planId: input.planId,
          kpiCode: input.code,
          field: 'code',
          oldValue: input.code,
        },
      ],
      now,
    );
    await bumpPlanRevision(trx, input.planId);
  });
}
