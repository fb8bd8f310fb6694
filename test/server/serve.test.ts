import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database.ts';
import type { DatabaseTarget } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { PlanSummaryView } from '../../src/domain/api-contract.ts';
import { ensureFirstAdmin } from '../../src/services/accounts.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import { createDatabaseUrl, eachDatabase } from '../support/databases.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

/*
 * `mieruka serve` as a user starts it: the real executable in its own process, on a free port
 * (PORT=0; the printed URL carries the port the system gave), stopped with SIGTERM.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/mieruka.js', import.meta.url));
const STARTED = /^Mieruka is running on (http:\/\/\S+)$/;

interface Server {
  readonly url: string;
  readonly stdout: string[];
  readonly stderr: string[];
  /** Sends SIGTERM and resolves with the exit code, or rejects when it does not stop in time. */
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcess>();

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Run {
  readonly child: ChildProcess;
  /** The exit code, once the process has ended and its output has been read to the end. */
  readonly closed: Promise<number | null>;
}

function runMieruka(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const closed = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, closed };
}

/** Starts `mieruka serve` and waits for the line that says where it listens. */
async function serve(databaseUrl: string): Promise<Server> {
  const { child, closed } = runMieruka(['serve'], { DATABASE_URL: databaseUrl });
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const lines = createInterface({ input: child.stdout! });
  const url = new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      stdout.push(line);
      const started = STARTED.exec(line);
      if (started?.[1]) resolve(started[1]);
    });
    void closed.then((code) =>
      reject(new Error(`mieruka serve exited ${code} before listening: ${stderr.join('\n')}`)),
    );
  });
  return {
    url: await within(url, 30_000, 'mieruka serve start'),
    stdout,
    stderr,
    stop: async () => {
      child.kill('SIGTERM');
      return within(closed, 5_000, 'mieruka serve stop');
    },
  };
}

/**
 * Leaves a database as a first start leaves it, with the steps `serve` takes before it listens
 * (migrate, import the demo plan, create the first admin), run here instead of in a process of
 * its own, which would cost a test seconds.
 */
async function startedOnce(target: DatabaseTarget): Promise<void> {
  const handle = createDatabase(target);
  try {
    await migrateToLatest(handle);
    expect(await seedDemo(handle, new Date())).toBe(true);
    expect(await ensureFirstAdmin(handle, DEFAULT_MUNICIPALITY, new Date())).toMatchObject({
      email: 'admin@mieruka.local',
    });
  } finally {
    await handle.destroy();
  }
}

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

afterEach(() => {
  // A failed assertion must not leave a server of ours running.
  for (const child of running) child.kill('SIGKILL');
});

describe('mieruka serve refuses a configuration it cannot use', () => {
  it('exits 1 with one line on stderr naming DATABASE_URL', async () => {
    const { child, closed } = runMieruka(['serve'], { DATABASE_URL: 'mysql://x' });
    const stderr: string[] = [];
    const stdout: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk.toString('utf8')));
    const code = await within(closed, 20_000, 'mieruka serve with mysql://');
    expect(code).toBe(1);
    const lines = stderr.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mieruka: .*DATABASE_URL/);
    expect(stdout.join('')).not.toContain('Mieruka is running');
  });

  it('exits 1 with one line when its port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const folder = mkdtempSync(join(tmpdir(), 'mieruka-port-'));
      const { child, closed } = runMieruka(['serve'], {
        DATABASE_URL: join(folder, 'm.db'),
        PORT: String(port),
      });
      const stderr: string[] = [];
      child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
      expect(await within(closed, 30_000, 'mieruka serve on a taken port')).toBe(1);
      expect(stderr.join('').trimEnd()).toBe(
        `mieruka: port ${port} is in use: stop what runs there or set PORT`,
      );
    } finally {
      blocker.close();
    }
  }, 40_000);
});

eachDatabase((kind) => {
  {
    // Each test on a database of its own, empty, or left as a first start leaves it (startedOnce).
    let target: Awaited<ReturnType<typeof createDatabaseUrl>>;
    beforeEach(async () => {
      target = await createDatabaseUrl(kind);
    });
    afterEach(async () => target.drop());

    it('seeds an empty database with the demo plan, serves it and stops on SIGTERM', async () => {
      const server = await serve(target.url);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
      expect(await getJson(`${server.url}/api/health`)).toEqual({
        status: 200,
        body: { status: 'ok' },
      });
      const plans = await getJson<PlanSummaryView[]>(`${server.url}/api/plans`);
      expect(plans.status).toBe(200);
      expect(plans.body).toHaveLength(1);
      expect(plans.body[0]).toMatchObject({ name: DEMO_PLAN_NAME, kpiCount: 20 });
      expect(server.stdout.join('\n')).toContain('imported the bundled Yuzawa R5 table');
      // The first admin: a random password, printed once, that signs in.
      const email = /^\s+e-mail:\s+(\S+)$/.exec(server.stdout.find((l) => /e-mail:/.test(l)) ?? '');
      const password = /^\s+password:\s+(\S+)$/.exec(
        server.stdout.find((l) => /password:/.test(l)) ?? '',
      );
      expect(email?.[1]).toBe('admin@mieruka.local');
      expect(password?.[1]?.length).toBeGreaterThanOrEqual(16);
      const signIn = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: email?.[1], password: password?.[1] }),
      });
      expect(signIn.status).toBe(200);
      expect(await server.stop()).toBe(0);
      // pino may flush a log line after it, so the last line is not guaranteed to be this one.
      expect(server.stdout).toContain('Mieruka stopped.');
      expect(server.stderr).toEqual([]);
    }, 60_000);

    it('limits failed sign-ins across two server processes on one database', async () => {
      await startedOnce(target.target);
      const [one, two] = await Promise.all([serve(target.url), serve(target.url)]);
      const attempt = async (server: Server, password: string) =>
        (
          await fetch(`${server.url}/api/session`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'admin@mieruka.local', password }),
          })
        ).status;
      const answers: number[] = [];
      for (let n = 0; n < 5; n++)
        answers.push(await attempt(n % 2 === 0 ? one : two, `wrong ${n}`));
      answers.push(await attempt(two, 'wrong again'), await attempt(one, 'wrong again'));
      expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429]);
      expect(await one.stop()).toBe(0);
      expect(await two.stop()).toBe(0);
    }, 60_000);

    it('starts again on the same database without seeding a second time', async () => {
      await startedOnce(target.target);
      const server = await serve(target.url);
      const plans = await getJson<PlanSummaryView[]>(`${server.url}/api/plans`);
      expect(plans.body.map((p) => p.name)).toEqual([DEMO_PLAN_NAME]);
      expect(server.stdout.join('\n')).not.toContain('imported the bundled Yuzawa R5 table');
      expect(server.stdout.join('\n')).not.toMatch(/password:/);
      expect(await server.stop()).toBe(0);
      expect(server.stdout).toContain('Mieruka stopped.');
    }, 60_000);
  }
}, 'mieruka serve on ');
