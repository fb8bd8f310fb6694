import { NotFoundError } from '../db/errors.ts';
import { findMunicipalityById } from '../db/municipality-repository.ts';
import { findPlanById } from '../db/plan-repository.ts';
import { listPublicationEvents } from '../db/publication-repository.ts';
import { publicationNotice } from '../domain/publication-notice.ts';
import { atomFeed } from '../io/feed/atom-feed.ts';
import type { PublicationNoticesView } from '../domain/api-contract.ts';
import type { Store } from './database-handle.ts';

/** Entries a feed carries: enough for a yearly report's life, small enough to poll. */
const FEED_ENTRIES = 100;

/**
 * A plan's Atom feed of what the public was told: years published and withdrawn (with the
 * reason), published values corrected (old and new). Anyone may read it once the plan has
 * been published, also after every year is withdrawn (so subscribers learn of it); it holds
 * nothing a visitor may not read, whoever asks.
 */
export async function readPublicationFeed(
  store: Store,
  planId: number,
  baseUrl: string,
): Promise<string> {
  const { plan, notices } = await readPublicationNotices(store, planId);
  return atomFeed({
    baseUrl,
    feedPath: `/api/plans/${planId}/feed.atom`,
    planPath: `/plans/${planId}`,
    title: plan.name,
    municipality: plan.municipality,
    notices,
  });
}

/**
 * The feed's entries for people (GET …/notices, the 更新情報 page): the same notices, the same
 * rule — anyone once the plan has been published, nothing a visitor may not read.
 */
export async function readPublicationNotices(
  store: Store,
  planId: number,
): Promise<PublicationNoticesView> {
  const plan = await findPlanById(store.db, planId);
  if (!plan) throw new NotFoundError('plan', String(planId));
  const events = await listPublicationEvents(store.db, planId, FEED_ENTRIES);
  if (events.length === 0) throw new NotFoundError('plan', String(planId));
  const municipality = await findMunicipalityById(store.db, plan.municipalityId);
  return {
    plan: { id: plan.id, name: plan.name, municipality: municipality?.name ?? '' },
    notices: events.map((event) => publicationNotice(event, planId)),
  };
}
