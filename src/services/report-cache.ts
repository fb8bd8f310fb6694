import { gzipSync } from 'node:zlib';
import { getPlanRevision } from '../db/plan-revision.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Actor } from '../domain/access.ts';
import { requirePlanRead, requireYear } from './access.ts';
import type { Store } from './database-handle.ts';
import type { ViewOptions } from './plan-views.ts';
import { getPlanReport } from './plan-views.ts';

/** A computed report as JSON text and gzip-compressed once (a 300-KPI report: 370 KB, 33 KB gzip). */
export interface ReportBody {
  readonly json: string;
  readonly gzip: Buffer;
}

interface Entry extends ReportBody {
  readonly revision: number;
}

/**
 * Keeps computed reports as JSON, each under the plan revision it was computed at. A request
 * costs one read of the revision when nothing changed; any write bumps the revision, so every
 * server behind a load balancer sees a change at once without talking to the others.
 */
export class ReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 200) {}

  /**
   * The report as the actor may read it. Members and visitors see different reports (drafts,
   * unpublished years), and editors the drafts of their own departments, so each is kept
   * apart; publishing bumps the revision too.
   */
  async report(
    store: Store,
    actor: Actor,
    planId: number,
    year: FiscalYear | undefined,
    options: ViewOptions = {},
  ): Promise<ReportBody> {
    const reading = await requirePlanRead(store.db, actor, planId);
    requireYear(reading, year);
    // An editor's drafts view counts its own departments' drafts only, a committee member's
    // the submitted ones: kept apart per set.
    const drafts =
      actor.kind === 'account' && actor.role === 'editor'
        ? `drafts:${[...actor.departments].sort().join('|')}`
        : actor.kind === 'account' && actor.role === 'committee'
          ? 'submitted'
          : 'drafts';
    const view = reading.member ? (options.drafts ? drafts : 'member') : 'public';
    const key = `${planId}:${year ?? 'latest'}:${view}`;
    const revision = await getPlanRevision(store.db, planId);
    const hit = this.entries.get(key);
    if (hit?.revision === revision) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const json = JSON.stringify(await getPlanReport(store.db, actor, planId, year, options));
    const entry = { revision, json, gzip: gzipSync(json) };
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }
}
