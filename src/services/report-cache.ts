import { gzipSync } from 'node:zlib';
import { findPlanWithRevision } from '../db/plan-repository.ts';
import type { PlanAtRevision } from '../db/plan-repository.ts';
import { listPublications } from '../db/publication-repository.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Actor } from '../domain/access.ts';
import { draftsAudience } from '../domain/access.ts';
import { readingOf, requireYear } from './access.ts';
import type { Store } from './database-handle.ts';
import type { ViewOptions } from './plan-views.ts';
import { getPlanReport } from './plan-views.ts';
import { SharedReads } from './shared-reads.ts';

/** A computed report as JSON text and gzip-compressed once (a 300-KPI report: 370 KB, 33 KB gzip). */
export interface ReportBody {
  readonly json: string;
  readonly gzip: Buffer;
}

interface Entry {
  readonly revision: number;
  /** Being computed, or computed: readers asking meanwhile wait for this one. */
  readonly body: Promise<ReportBody>;
}

/** Keeps at most `capacity` values, the least recently used going first. */
function keep<K, V>(map: Map<K, V>, key: K, value: V, capacity: number): V {
  map.delete(key);
  map.set(key, value);
  if (map.size > capacity) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  return value;
}

/**
 * Keeps computed reports as JSON, each under the plan revision it was computed at. A request
 * costs one read when nothing changed — the plan's row, for who may read it and its revision,
 * shared with the requests that arrived with it (SharedReads) — since a plan's published years
 * are kept under its revision too; any write (publishing and withdrawing included) bumps the
 * revision, so every server behind a load balancer sees a change at once without talking to
 * the others.
 */
export class ReportCache {
  private readonly entries = new Map<string, Entry>();
  private readonly published = new Map<number, { revision: number; years: FiscalYear[] }>();
  /** The plan's row, read once for the requests that arrived while the last read ran. */
  private readonly plans: SharedReads<number, PlanAtRevision | undefined>;
  /** Reports computed (not served from the cache): what a test counts. */
  computed = 0;

  constructor(
    private readonly store: Store,
    private readonly capacity = 200,
  ) {
    this.plans = new SharedReads((planId) => findPlanWithRevision(store.db, planId));
  }

  /** Reads of plans' rows started (each shared by the requests that arrived meanwhile). */
  get planReads(): number {
    return this.plans.started;
  }

  /**
   * The report as the actor may read it. Members and visitors see different reports (drafts,
   * unpublished years), and editors the drafts of their own departments, so each is kept
   * apart. Readers asking for one being computed wait for it rather than compute it again.
   */
  async report(
    actor: Actor,
    planId: number,
    year: FiscalYear | undefined,
    options: ViewOptions = {},
  ): Promise<ReportBody> {
    const found = await this.plans.read(planId);
    const revision = found?.revision ?? 0;
    const reading = await readingOf(actor, planId, found?.plan, () =>
      this.publishedYears(planId, revision),
    );
    requireYear(reading, year);
    // An editor's drafts view counts its own departments' drafts only, a committee member's
    // the submitted ones: kept apart per set.
    const view = reading.member ? (options.drafts ? draftsAudience(actor) : 'member') : 'public';
    const key = `${planId}:${year ?? 'latest'}:${view}`;
    const hit = this.entries.get(key);
    if (hit?.revision === revision) return keep(this.entries, key, hit, this.capacity).body;
    const entry = { revision, body: this.compute(actor, planId, year, options) };
    keep(this.entries, key, entry, this.capacity);
    try {
      return await entry.body;
    } catch (error) {
      // A refusal or a failure is not kept.
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  private async compute(
    actor: Actor,
    planId: number,
    year: FiscalYear | undefined,
    options: ViewOptions,
  ): Promise<ReportBody> {
    this.computed += 1;
    const json = JSON.stringify(await getPlanReport(this.store.db, actor, planId, year, options));
    return { json, gzip: gzipSync(json) };
  }

  /**
   * A plan's published years as at `revision`, read once per revision. Read after the
   * revision, so what is kept is never older than the revision it is kept under.
   */
  private async publishedYears(planId: number, revision: number): Promise<FiscalYear[]> {
    const kept = this.published.get(planId);
    if (kept?.revision === revision) return kept.years;
    const years = (await listPublications(this.store.db, planId)).map((p) => p.fiscalYear);
    return keep(this.published, planId, { revision, years }, this.capacity).years;
  }
}
