import { listPublications, publishYear, withdrawYear } from '../db/publication-repository.ts';
import type { Publication } from '../db/publication-repository.ts';
import { bumpPlanRevision } from '../db/plan-revision.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { requirePlanChange, requirePlanRead } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';

/**
 * Publishes or withdraws a fiscal year of a plan: visitors (and other municipalities) read a
 * plan's published years only. Bumps the plan's revision, so cached reports follow at once.
 */
export async function setPublished(
  store: Store,
  planId: number,
  year: FiscalYear,
  published: boolean,
  actor: Actor,
): Promise<Publication[]> {
  return writeTransaction(store, async (trx) => {
    const plan = await requirePlanChange(trx, actor, planId);
    const changed = published
      ? await publishYear(trx, {
          planId,
          fiscalYear: year,
          by: actorLabel(actor),
          at: new Date().toISOString(),
        })
      : await withdrawYear(trx, planId, year);
    if (changed) {
      await bumpPlanRevision(trx, planId);
      await audit(trx, actor, [
        {
          action: published ? 'year.publish' : 'year.withdraw',
          entity: 'publication',
          municipalityId: plan.municipalityId,
          planId,
          fiscalYear: year,
          field: 'published',
          oldValue: String(!published),
          newValue: String(published),
        },
      ]);
    }
    return listPublications(trx, planId);
  });
}

/** The published years of a plan the actor may read. */
export async function getPublications(
  store: Store,
  planId: number,
  actor: Actor,
): Promise<Publication[]> {
  await requirePlanRead(store.db, actor, planId);
  return listPublications(store.db, planId);
}
