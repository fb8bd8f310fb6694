import type { Kysely } from 'kysely';
import {
  addPublicationEvents,
  listPublications,
  publishYear,
  withdrawYear,
} from '../db/publication-repository.ts';
import type { Publication } from '../db/publication-repository.ts';
import { bumpPlanRevision } from '../db/plan-revision.ts';
import { findRound, listEntries } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel, seesEmails } from '../domain/access.ts';
import { accountNamesByEmail } from '../db/account-repository.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { yearEvent } from '../domain/publication-notice.ts';
import { requirePlanChange, requirePlanRead } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { EntryStateError } from './round-errors.ts';
import { ValidationError } from './service-errors.ts';

/** Publish a year, or withdraw it saying why (the reason goes to the audit log and the feed). */
export type PublicationChange =
  { readonly published: true } | { readonly published: false; readonly reason: string };

/**
 * Why a year may not be published yet, or null: a year is published once its round is done —
 * no round (a year imported from a published report), or a closed round with nothing
 * awaiting review or reopened for a correction.
 */
export async function publicationBlocker(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<string | null> {
  const round = await findRound(db, planId, year);
  if (round === undefined) return null;
  const entries = await listEntries(db, round.id, {});
  const approved = entries.filter((e) => e.state === 'approved').length;
  const named = formatFiscalYear(year);
  if (round.state === 'open') {
    return `${named}'s round is still open (${approved} of ${entries.length} entries approved): approve its entries and close it before publishing`;
  }
  const waiting = entries.filter((e) => e.state === 'submitted' || e.reopened);
  if (waiting.length === 0) return null;
  const names = waiting.slice(0, 5).map((e) => `${e.code} ${e.department}`);
  return `${named} has entries awaiting review (${names.join(', ')}${waiting.length > 5 ? ', …' : ''}): review them before publishing (an entry of a closed round is reopened to be reviewed)`;
}

/**
 * Publishes a year in the caller's transaction, with its feed event and the plan's revision
 * bumped (cached reports keep a plan's published years under its revision; an import that
 * publishes a year and changes nothing else bumps it here); true when it was new.
 */
export async function publishInTransaction(
  trx: Kysely<Database>,
  input: { planId: number; fiscalYear: FiscalYear; by: string; at: string },
): Promise<boolean> {
  const fresh = await publishYear(trx, input);
  if (fresh) {
    await bumpPlanRevision(trx, input.planId);
    await addPublicationEvents(trx, input.planId, [
      yearEvent('publish', input.fiscalYear, input.at),
    ]);
  }
  return fresh;
}

/**
 * Publishes or withdraws a fiscal year of a plan: visitors (and other municipalities) read a
 * plan's published years only. Bumps the plan's revision, so cached reports follow at once;
 * the change is in the audit log and the plan's public feed.
 */
export async function setPublished(
  store: Store,
  planId: number,
  year: FiscalYear,
  change: PublicationChange,
  actor: Actor,
  now: Date,
): Promise<Publication[]> {
  const reason = change.published ? null : change.reason.trim();
  if (reason === '') throw new ValidationError('reason', 'say why the year is withdrawn');
  return writeTransaction(store, async (trx) => {
    const plan = await requirePlanChange(trx, actor, planId);
    const at = now.toISOString();
    const by = actorLabel(actor);
    if (change.published) {
      const blocker = await publicationBlocker(trx, planId, year);
      if (blocker !== null) throw new EntryStateError(blocker, null, false);
    }
    const changed = change.published
      ? await publishInTransaction(trx, { planId, fiscalYear: year, by, at })
      : await withdrawYear(trx, planId, year);
    if (changed) {
      // Publishing bumped it already.
      if (!change.published) await bumpPlanRevision(trx, planId);
      await audit(
        trx,
        actor,
        [
          {
            action: change.published ? 'year.publish' : 'year.withdraw',
            entity: 'publication',
            municipalityId: plan.municipalityId,
            planId,
            fiscalYear: year,
            field: 'published',
            oldValue: String(!change.published),
            newValue: reason === null ? 'true' : `false: ${reason}`,
          },
        ],
        now,
      );
      if (!change.published) {
        await addPublicationEvents(trx, planId, [yearEvent('withdraw', year, at, reason)]);
      }
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
  const reading = await requirePlanRead(store.db, actor, planId);
  const publications = await listPublications(store.db, planId);
  if (seesEmails(actor)) return publications;
  // Anyone else reads who published a year by the account's name, never its e-mail address.
  const names = await accountNamesByEmail(
    store.db,
    reading.plan.municipalityId,
    publications.map((p) => p.publishedBy),
  );
  return publications.map((p) => ({
    ...p,
    publishedBy: names.get(p.publishedBy) ?? p.publishedBy,
  }));
}
