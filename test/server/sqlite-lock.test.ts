import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createDatabase } from '../../src/db/database.ts';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { findKpiId } from '../../src/db/plan-repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import {
  countStatuses,
  jsonRequest,
  listenOnLoopback,
  sendAtOnce,
} from '../support/live-server.ts';

/** Short, so the test that outlasts it is quick; the default is 5 s. */
const BUSY_TIMEOUT_MS = 1000;
const WRITERS = 20;

/**
 * Another process (a CLI import, a restore, a migration) holds SQLite's write lock: here a
 * second connection to the same file, as such a process would hold it.
 */
describe('sqlite: writes while another connection holds the write lock', () => {
  let folder: string;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let base: string;
  let admin: SessionHeaders;
  let planId: number;
  let kpiId: number;
  let other: SQLite.Database;
  let arrived = 0;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mieruka-lock-'));
    const file = join(folder, 'lock.db');
    handle = createDatabase({ kind: 'sqlite', file }, { busyTimeoutMs: BUSY_TIMEOUT_MS });
    await migrateToLatest(handle);
    app = await buildApp(handle);
    base = await listenOnLoopback(app);
    // Counted as they reach the HTTP server, before anything (the session lookup too) runs.
    app.server.on('request', () => {
      arrived += 1;
    });
    other = new SQLite(file);
  });
  // Each test writes into a demo plan of its own: one test's figures are not another's to count.
  beforeEach(async () => {
    const tenant = await freshTenant(handle);
    planId = tenant.planId;
    kpiId = (await findKpiId(handle.db, planId, '①')) ?? 0;
    admin = (await tenant.member({ role: 'admin' })).headers;
  });
  afterAll(async () => {
    other.close();
    await app.close();
    await handle.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const putFigure = (year: number, value: string) =>
    jsonRequest(base, admin, 'PUT', `/api/plans/${planId}/kpis/%E2%91%A0/figures/${year}`, {
      value,
      version: 0,
    });

  it('waits for a lock held for a moment, and every write succeeds', async () => {
    arrived = 0;
    other.exec('begin immediate');
    const answers = sendAtOnce(WRITERS, (i) => putFigure(2030 + i, String(i)));
    await expect.poll(() => arrived, { timeout: 5000, interval: 5 }).toBe(WRITERS);
    // The lock is held well past the 35 ms after which writers used to fail, yet within the timeout.
    await new Promise((resolve) => setTimeout(resolve, BUSY_TIMEOUT_MS / 4));
    other.exec('commit');
    expect(countStatuses(await answers)).toEqual({ 200: WRITERS });
    const stored = (await getKpiHistory(handle.db, kpiId)).figures.filter(
      (f) => f.fiscalYear >= 2030,
    );
    expect(stored).toHaveLength(WRITERS);
  });

  it('answers 503 with Retry-After when the lock outlasts the busy timeout, and saves nothing', async () => {
    other.exec('begin immediate');
    const started = Date.now();
    const response = await putFigure(2060, '7').finally(() => other.exec('commit'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    const history = await getKpiHistory(handle.db, kpiId);
    expect(history.figures.filter((f) => f.fiscalYear === 2060)).toEqual([]);
    expect((await putFigure(2060, '7')).status).toBe(200);
  });

  it('answers the report, to a visitor and a member, at once while writes wait for the lock', async () => {
    arrived = 0;
    other.exec('begin immediate');
    try {
      const waiting = sendAtOnce(WRITERS, (i) => putFigure(2070 + i, String(i)));
      await expect
        .poll(() => arrived, { timeout: 5000, interval: 5 })
        .toBeGreaterThanOrEqual(WRITERS);
      // The writes now wait on the one write connection; reads take the read connection.
      for (const who of [{}, admin]) {
        const started = Date.now();
        const read = await fetch(`${base}/api/plans/${planId}/report?fy=R5`, {
          headers: { ...who },
        });
        expect(read.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(BUSY_TIMEOUT_MS / 2);
      }
      other.exec('commit');
      expect(countStatuses(await waiting)).toEqual({ 200: WRITERS });
    } finally {
      if (other.inTransaction) other.exec('rollback');
    }
  });

  it('keeps answering reads while a write waits for the lock', async () => {
    other.exec('begin immediate');
    try {
      const waiting = putFigure(2061, '1');
      const read = await fetch(`${base}/api/openapi.json`);
      expect(read.status).toBe(200);
      other.exec('commit');
      expect((await waiting).status).toBe(200);
    } finally {
      if (other.inTransaction) other.exec('rollback');
    }
  });
});
