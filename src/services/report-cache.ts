import { getPlanRevision } from '../db/plan-revision.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Store } from './database-handle.ts';
import { getPlanReport } from './plan-views.ts';

interface Entry {
  readonly revision: number;
  readonly json: string;
}

/**
 * Keeps computed reports as JSON, each under the plan revision it was computed at. A request
 * costs one read of the revision when nothing changed; any write bumps the revision, so every
 * server behind a load balancer sees a change at once without talking to the others.
 */
export class ReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 200) {}

  async reportJson(store: Store, planId: number, year: FiscalYear | undefined): Promise<string> {
    const key = `${planId}:${year ?? 'latest'}`;
    const revision = await getPlanRevision(store.db, planId);
    const hit = this.entries.get(key);
    if (hit?.revision === revision) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.json;
    }
    const json = JSON.stringify(await getPlanReport(store.db, planId, year));
    this.entries.set(key, { revision, json });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return json;
  }
}
