import { getPlanRevision } from '../db/plan-revision.ts';
import type { Actor } from '../domain/access.ts';
import { japanDay } from '../domain/japan-day.ts';
import { requirePlanRead } from './access.ts';
import type { Store } from './database-handle.ts';
import type { ExportFile, ExportRequest } from './report-export.ts';
import { exportReport } from './report-export.ts';

/*
 * The files visitors download, made once (issue 25): a published year's PDF takes the one
 * Chromium printer for a second or more, so anonymous visitors asking for the same file again
 * and again (or all at once) must not keep it busy. A file is kept under the plan's revision
 * (any write bumps it) and the day printed on it; visitors asking for one being made wait for
 * that one. Members' files are made fresh: what they may read differs from a visitor's.
 */

const MAX_BYTES = 64 * 1024 * 1024;

export class ExportCache {
  private readonly files = new Map<
    string,
    { revision: number; file: Promise<ExportFile>; size: number }
  >();
  private bytes = 0;
  /** Files made (not served from the cache): what a test and the bench count. */
  made = 0;

  constructor(private readonly capacity = 100) {}

  async export(
    store: Store,
    actor: Actor,
    request: ExportRequest,
    renderer: { readonly chromiumPath?: string; readonly now: Date },
  ): Promise<ExportFile> {
    const reading = await requirePlanRead(store.db, actor, request.planId);
    if (reading.member) return this.make(store, actor, request, renderer);
    const day = japanDay(renderer.now);
    const key = JSON.stringify([
      request.planId,
      request.fiscalYear ?? null,
      request.format,
      request.encoding,
      request.shape,
      request.filter ?? null,
      day,
    ]);
    const revision = await getPlanRevision(store.db, request.planId);
    const hit = this.files.get(key);
    if (hit?.revision === revision) {
      this.files.delete(key);
      this.files.set(key, hit);
      return hit.file;
    }
    const file = this.make(store, actor, request, renderer);
    const entry = { revision, file, size: 0 };
    this.files.set(key, entry);
    try {
      const made = await file;
      if (this.files.get(key) === entry) {
        entry.size = made.bytes.length;
        this.bytes += entry.size;
        this.evict();
      }
      return made;
    } catch (error) {
      // A refusal or a busy printer is not kept: the next visitor tries again.
      if (this.files.get(key) === entry) this.files.delete(key);
      throw error;
    }
  }

  private make(
    store: Store,
    actor: Actor,
    request: ExportRequest,
    renderer: { readonly chromiumPath?: string; readonly now: Date },
  ): Promise<ExportFile> {
    this.made += 1;
    return exportReport(store.db, actor, request, renderer);
  }

  /** Drops the least recently used files past the count or the byte budget. */
  private evict(): void {
    while (this.files.size > this.capacity || this.bytes > MAX_BYTES) {
      const oldest = this.files.entries().next().value;
      if (oldest === undefined) return;
      const [key, entry] = oldest;
      this.files.delete(key);
      this.bytes -= entry.size;
    }
  }
}
