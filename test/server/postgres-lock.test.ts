import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createDatabase } from '../../src/db/database.ts';
import { DatabaseBusyError } from '../../src/db/errors.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, databaseUnavailable, targetOf } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import {
  countStatuses,
  jsonRequest,
  listenOnLoopback,
  sendAtOnce,
} from '../support/live-server.ts';

/** Short, so the tests that outlast them are quick; the defaults are 5 s. */
const LOCK_TIMEOUT_MS = 400;
const POOL_WAIT_MS = 400;
const WRITERS = 20;

/*
 * PostgreSQL's waits are bounded (issue 25, 6): an edit waiting on a plan's row lock that
 * another session holds (an import, a long edit) gives up after lock_timeout, a request waiting
 * for a connection of an exhausted pool after the pool's wait, each answered 503 with
 * Retry-After, so writers queued on one plan no longer hold every connection for as long as
 * the lock is held.
 */
describe.skipIf(databaseUnavailable('postgres'))('postgres: bounded lock and pool waits', () => {
  let owner: DatabaseHandle;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let base: string;
  let holder: pg.Client;
  let observer: pg.Client;

  beforeAll(async () => {
    owner = await createTestDatabase('postgres');
    handle = createDatabase(targetOf(owner), {
      lockTimeoutMs: LOCK_TIMEOUT_MS,
      poolWaitMs: POOL_WAIT_MS,
      poolSize: 4,
    });
    app = await buildApp(handle);
    base = await listenOnLoopback(app);
    const target = targetOf(owner);
    if (target.kind !== 'postgres') throw new Error('a PostgreSQL test database');
    holder = new pg.Client({ connectionString: target.url });
    await holder.connect();
    observer = new pg.Client({ connectionString: target.url });
    await observer.connect();
  });
  afterAll(async () => {
    await holder.end();
    await observer.end();
    await app.close();
    await handle.destroy();
    await owner.destroy();
  });

  it('answers an edit waiting on a held plan lock 503 with Retry-After, and writes nothing', async () => {
    const tenant = await freshTenant(handle);
    const admin = (await tenant.member({ role: 'admin' })).headers;
    await holder.query('begin');
    try {
      await holder.query('select id from plans where id = $1 for update', [tenant.planId]);
      const started = Date.now();
      const answers = await sendAtOnce(WRITERS, () =>
        jsonRequest(base, admin, 'POST', `/api/plans/${tenant.planId}/rounds`, {
          fy: 'R6',
          due: '2025-05-31',
        }),
      );
      expect(countStatuses(answers)).toEqual({ 503: WRITERS });
      expect(answers[0]?.body).toMatchObject({ error: { code: 'unavailable' } });
      const one = await jsonRequest(base, admin, 'POST', `/api/plans/${tenant.planId}/rounds`, {
        fy: 'R6',
        due: '2025-05-31',
      });
      expect([one.status, one.headers.get('retry-after')]).toEqual([503, '1']);
      // Twenty writers on a pool of four: five rounds of the lock timeout at most, not for ever.
      expect(Date.now() - started).toBeLessThan(WRITERS * LOCK_TIMEOUT_MS);
    } finally {
      await holder.query('rollback');
    }
    const rounds = await handle.db
      .selectFrom('rounds')
      .select('id')
      .where('plan_id', '=', tenant.planId)
      .execute();
    expect(rounds).toEqual([]);
    const again = await jsonRequest(base, admin, 'POST', `/api/plans/${tenant.planId}/rounds`, {
      fy: 'R6',
      due: '2025-05-31',
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('retry-after')).toBeNull();
  });

  it('answers the report, to a visitor and a member, at once while edits hold every write connection', async () => {
    const tenant = await freshTenant(handle);
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const patient = createDatabase(targetOf(owner), { lockTimeoutMs: 3000, poolSize: 4 });
    const server = await buildApp(patient);
    const url = await listenOnLoopback(server);
    await holder.query('begin');
    try {
      await holder.query('select id from plans where id = $1 for update', [tenant.planId]);
      const edits = sendAtOnce(WRITERS, () =>
        jsonRequest(url, admin, 'POST', `/api/plans/${tenant.planId}/rounds`, {
          fy: 'R6',
          due: '2025-05-31',
        }),
      );
      // Every write connection waits on the plan's lock.
      await expect
        .poll(
          // Another session: one in a transaction sees the activity as it was when it began.
          async () =>
            (
              await observer.query<{ n: string }>(
                "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
              )
            ).rows[0]?.n,
          { timeout: 5000, interval: 20 },
        )
        .toBe('4');
      for (const who of [{}, admin]) {
        const started = Date.now();
        const read = await fetch(`${url}/api/plans/${tenant.planId}/report?fy=R5`, {
          headers: { ...who },
        });
        expect(read.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(1000);
      }
      await holder.query('rollback');
      expect(Object.keys(countStatuses(await edits))).not.toContain('500');
    } finally {
      await holder.query('rollback');
      await server.close();
      await patient.destroy();
    }
  });

  it('gives up waiting for a connection of an exhausted pool with DatabaseBusyError', async () => {
    const held: (() => void)[] = [];
    const holding = Array.from({ length: 4 }, () =>
      handle.db.connection().execute(
        (connection) =>
          new Promise<void>((resolve) => {
            held.push(resolve);
            void connection;
          }),
      ),
    );
    await expect.poll(() => held.length).toBe(4);
    try {
      const started = Date.now();
      const waiting = handle.db.selectFrom('plans').select('id').execute();
      await expect(waiting).rejects.toBeInstanceOf(DatabaseBusyError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(POOL_WAIT_MS - 50);
    } finally {
      for (const release of held) release();
      await Promise.all(holding);
    }
  });
});
