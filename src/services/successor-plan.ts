import { DuplicateError } from '../db/errors.ts';
import { insertContinuations } from '../db/kpi-continuation-repository.ts';
import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findKpiId, findPlanByName, loadPlan } from '../db/plan-repository.ts';
import { savePlan } from '../db/plan-writer.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { planInYear } from '../domain/kpi-life.ts';
import { planKpis } from '../domain/model.ts';
import type { SuccessorInput } from '../domain/successor-plan.ts';
import { refuseSuccessor, successorPlan } from '../domain/successor-plan.ts';
import { requirePlanChange } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import type { PlanEditResult } from './plan-editing.ts';
import { ValidationError } from './service-errors.ts';

/**
 * Makes the next plan (次期計画, issue 20) from a plan as it stands in the year before the new
 * one starts: its own name, period and grading scale, the chosen KPIs carried over (each
 * linked to the KPI it continues), the rest ending with the old plan. The old plan is not
 * touched: it stays readable as it was published. Admins and the operator; all or nothing.
 */
export async function createSuccessorPlan(
  store: Store,
  input: SuccessorInput & { readonly planId: number },
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return writeTransaction(
    store,
    async (trx) => {
      await requirePlanChange(trx, actor, input.planId);
      const { municipalityId } = await lockPlan(trx, store.kind, input.planId);
      const stored = await loadPlan(trx, input.planId);
      const changes = await listKpiChanges(trx, input.planId);
      const current = planInYear(stored, changes, fiscalYear(input.startYear - 1));
      const refusal = refuseSuccessor(current, input);
      if (refusal) throw new ValidationError(refusal.field, refusal.message);
      const next = successorPlan(current, input);
      if (await findPlanByName(trx, municipalityId, next.name)) {
        throw new DuplicateError('name', `a plan named "${next.name}" exists already`);
      }
      const saved = await savePlan(trx, municipalityId, next, {
        create: true,
        now: now.toISOString(),
      });
      const links = [];
      for (const kpi of planKpis(next)) {
        const kpiId = await findKpiId(trx, saved.planId, kpi.code);
        const fromKpiId = await findKpiId(trx, input.planId, kpi.code);
        if (kpiId !== undefined && fromKpiId !== undefined) links.push({ kpiId, fromKpiId });
      }
      await insertContinuations(trx, links);
      const base = {
        action: 'plan.successor',
        entity: 'plan',
        municipalityId,
        planId: saved.planId,
      };
      await audit(
        trx,
        actor,
        [
          { ...base, field: 'name', newValue: next.name },
          { ...base, field: 'from', newValue: stored.name },
          { ...base, field: 'carry', newValue: input.carry.join(', ') },
        ],
        now,
      );
      return { planId: saved.planId, added: saved.added, changed: saved.changed };
    },
    { uniqueFields: { plans: 'name' } },
  );
}
