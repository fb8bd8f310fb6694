import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { z } from 'zod';
import type { DatabaseKind } from '../src/db/database.ts';
import type { BenchSession } from './bench-accounts.ts';
import { signInOverHttp } from './bench-accounts.ts';
import { withServer } from './bench-server.ts';
import type { BenchServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { describeLoad, load } from './http-load.ts';
import { postgresSchema } from './postgres-schema.ts';

const RUNNER = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const WRITERS_SCRIPT = fileURLToPath(new URL('./lock-writers.ts', import.meta.url));

/** More writers than the write pool's ten connections (POOL_SIZE in src/db/database.ts). */
const WRITERS = 12;

interface HeldLock {
  release(): Promise<void>;
}

/**
 * Another session's write lock on the plan, held until released: on PostgreSQL the plan's row
 * lock (`for update`, as an edit or an import takes it), on SQLite a write transaction of
 * another connection to the file (as a CLI import or a restore holds it).
 */
async function holdWriteLock(
  kind: DatabaseKind,
  location: string,
  planId: number,
): Promise<HeldLock> {
  if (kind === 'sqlite') {
    const sqlite = new SQLite(location);
    sqlite.exec('begin immediate');
    sqlite.prepare('update plans set revision = revision where id = ?').run(planId);
    return {
      release: async () => {
        sqlite.exec('rollback');
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  await client.query('begin');
  await client.query('select id from plans where id = $1 for update', [planId]);
  return {
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

const printedStatuses = z.array(z.tuple([z.number(), z.number()]));

/** `writers` closed loops of writes to the plan from a process of their own (lock-writers.ts). */
function writeFromAnotherProcess(
  origin: string,
  session: BenchSession,
  planId: number,
  writers: number,
  seconds: number,
): { started: Promise<void>; statuses: Promise<Map<number, number>> } {
  const child = spawn(process.execPath, [RUNNER, WRITERS_SCRIPT], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify({ origin, session, planId, writers, seconds }));
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('writing\n')) resolve();
    });
    void exited.then((code) => reject(new Error(`the writers' process exited with ${code}`)));
  });
  const statuses = exited.then((code) => {
    if (code !== 0) throw new Error(`the writers' process exited with ${code}`);
    return new Map(printedStatuses.parse(JSON.parse(out.slice('writing\n'.length))));
  });
  // Awaited by the caller once started; a process that failed to start rejects both.
  statuses.catch(() => undefined);
  return { started, statuses };
}

function describeStatuses(statuses: Map<number, number>): string {
  return [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`)
    .join(', ');
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The report route under load for `seconds` with the plan's write lock held and writers queued. */
async function lockedPhase(
  kind: DatabaseKind,
  location: string,
  server: BenchServer,
  session: BenchSession,
  seconds: number,
): Promise<{ load: Load; statuses: Map<number, number> }> {
  const planId = Number(/\/plans\/(\d+)\//.exec(server.url)?.[1]);
  const lock = await holdWriteLock(kind, location, planId);
  try {
    const writing = writeFromAnotherProcess(server.origin, session, planId, WRITERS, seconds + 1);
    await writing.started;
    const locked = await load(server.url, seconds);
    return { load: locked, statuses: await writing.statuses };
  } finally {
    await lock.release();
  }
}

/**
 * The report route quiet, then with the lock held and writers queued behind it, `rounds` times
 * in turn, so that a burst from elsewhere on the shared machine falls on both alike: p99 is
 * the median of the rounds'.
 */
async function measureDatabase(
  label: string,
  kind: DatabaseKind,
  location: string,
  { seconds, rounds }: { seconds: number; rounds: number },
): Promise<void> {
  await withServer(['app', kind, location], async (server) => {
    const session = await signInOverHttp(server.origin, 'admin');
    await load(server.url, Math.min(3, seconds)); // warm-up
    const quiet: Load[] = [];
    const locked: Load[] = [];
    const statuses = new Map<number, number>();
    for (let round = 0; round < rounds; round += 1) {
      quiet.push(await load(server.url, seconds));
      const phase = await lockedPhase(kind, location, server, session, seconds);
      locked.push(phase.load);
      for (const [status, n] of phase.statuses)
        statuses.set(status, (statuses.get(status) ?? 0) + n);
    }
    const summary = (loads: Load[]): Load => ({
      rps: loads.reduce((sum, l) => sum + l.rps, 0) / loads.length,
      p99: median(loads.map((l) => l.p99)),
      errors: loads.reduce((sum, l) => sum + l.errors, 0),
    });
    const [q, l] = [summary(quiet), summary(locked)];
    const p99s = (loads: Load[]) => loads.map((x) => x.p99).join(', ');
    console.log(
      `KPI table route, ${label}, quiet: ${describeLoad(q)} (p99 of the rounds: ${p99s(quiet)} ms)`,
    );
    console.log(
      `KPI table route, ${label}, while the plan's write lock is held and ${WRITERS} writers wait on it: ` +
        `${describeLoad(l)} (p99 of the rounds: ${p99s(locked)} ms) — p99 ${(l.p99 / q.p99).toFixed(2)}× quiet`,
    );
    console.log(`  the writers' answers: ${describeStatuses(statuses)}`);
  });
}

/**
 * Issue 25, 6: readers do not wait for writers. The KPI-table route's p99 while another
 * session holds the plan's write lock (PostgreSQL: its row lock; SQLite: a write transaction)
 * and writers queue behind it, beside the quiet p99 of the same server in the same run,
 * on both databases.
 */
export async function benchLockWaits({ seconds = 5, rounds = 3 } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  await measureDatabase('SQLite', 'sqlite', join(dir, 'app.db'), { seconds, rounds });
  const schema = await postgresSchema();
  if (!schema) {
    console.log('KPI table route, PostgreSQL: skipped (no server reachable)');
    return;
  }
  try {
    await measureDatabase('PostgreSQL', 'postgres', schema.url, { seconds, rounds });
  } finally {
    await schema.drop();
  }
}
