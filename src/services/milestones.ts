import { NotFoundError } from '../db/errors.ts';
import { saveYearFigure } from '../db/figure-repository.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findKpiId } from '../db/plan-repository.ts';
import { isPublished } from '../db/publication-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { formatFigureText } from '../domain/figure.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { requirePlanChange } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { parseEntryValue } from './figure-entry.ts';
import { PublishedYearError } from './service-errors.ts';

/**
 * A KPI's yearly milestone (年度目標, issue 20): the plan's own target for one year on the way
 * to the final one, set by the planning division. It belongs to the plan as its years were
 * published: a published year's milestone is kept, a later year's is set or revised with the
 * version read (409 when someone saved since), in the audit log.
 */
export async function setMilestone(
  store: Store,
  input: {
    readonly planId: number;
    readonly code: string;
    readonly fiscalYear: FiscalYear;
    /** As a person types it: "270,000", "2(1)", "-". */
    readonly value: string;
    readonly expectedVersion: number;
  },
  actor: Actor,
  now: Date,
) {
  const figure = parseEntryValue(input.value);
  return writeTransaction(store, async (trx) => {
    const plan = await requirePlanChange(trx, actor, input.planId);
    await lockPlan(trx, store.kind, input.planId);
    const kpiId = await findKpiId(trx, input.planId, input.code);
    if (kpiId === undefined) throw new NotFoundError('KPI', input.code);
    if (await isPublished(trx, input.planId, input.fiscalYear)) {
      const year = formatFiscalYear(input.fiscalYear);
      throw new PublishedYearError(
        'fy',
        [input.fiscalYear],
        `${year} is published with its milestone: set milestones of the years to come`,
      );
    }
    return saveYearFigure(
      trx,
      {
        kpiId,
        series: 'milestone',
        fiscalYear: input.fiscalYear,
        department: null,
        figure,
        expectedVersion: input.expectedVersion,
        state: 'approved',
        now: now.toISOString(),
      },
      {
        departmentId: null,
        beforeRevision: (before) =>
          audit(
            trx,
            actor,
            [
              {
                action: 'milestone.set',
                entity: 'figure',
                municipalityId: plan.municipalityId,
                planId: plan.id,
                kpiCode: input.code,
                fiscalYear: input.fiscalYear,
                field: 'milestone',
                oldValue: before,
                newValue: formatFigureText(figure),
              },
            ],
            now,
          ),
      },
    );
  });
}
