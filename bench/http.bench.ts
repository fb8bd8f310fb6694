import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const RUNNER = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const SERVER = fileURLToPath(new URL('./http-server.ts', import.meta.url));
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Load {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
}

async function withServer<T>(args: string[], run: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [RUNNER, SERVER, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /ready (\d+) (\S+)/.exec(out);
        if (ready) resolve(`http://127.0.0.1:${ready[1]}${ready[2]}`);
      });
      child.on('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
    });
    return await run(url);
  } finally {
    child.kill('SIGTERM');
  }
}

async function load(url: string, seconds: number): Promise<Load> {
  // As a browser asks: gzip accepted.
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Warm up, then measure for at least 10 s with 50 connections from this (second) process. */
async function measureServer(args: string[]): Promise<Load> {
  return withServer(args, async (url) => {
    await load(url, 3);
    return load(url, 10);
  });
}

async function postgresSchema(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const schema = `bench_${Date.now()}`;
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.href,
    drop: async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

function line(label: string, load: Load, bare: Load): string {
  const ratio = (load.rps / bare.rps).toFixed(2);
  return `${label}: ${load.rps.toFixed(0)} req/s, p99 ${load.p99} ms, ${load.errors} errors — ${ratio}× the bare route (target ≥ 0.5×, p99 < 50 ms)`;
}

/** Requests per second and p99 of the KPI-table route of a 300-KPI plan, beside a bare route. */
export async function benchHttp(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  // The bare route is measured before and after the others and its better run kept, so a
  // burst of load from elsewhere on this shared machine does not flatter the ratios.
  const bareFirst = await measureServer(['bare', 'sqlite', join(dir, 'bare.db')]);
  const sqlite = await measureServer(['app', 'sqlite', join(dir, 'app.db')]);
  const schema = await postgresSchema();
  let postgres: Load | null = null;
  if (schema) {
    try {
      postgres = await measureServer(['app', 'postgres', schema.url]);
    } finally {
      await schema.drop();
    }
  }
  const bareAgain = await measureServer(['bare', 'sqlite', join(dir, 'bare2.db')]);
  const bare = bareAgain.rps > bareFirst.rps ? bareAgain : bareFirst;
  console.log(
    `bare route (same framework, the same 300-KPI body from memory, gzip): ${bare.rps.toFixed(0)} req/s, ` +
      `p99 ${bare.p99} ms (runs: ${bareFirst.rps.toFixed(0)}, ${bareAgain.rps.toFixed(0)} req/s)`,
  );
  console.log(line('KPI table route, SQLite', sqlite, bare));
  console.log(
    postgres
      ? line('KPI table route, PostgreSQL', postgres, bare)
      : 'KPI table route, PostgreSQL: skipped (no server reachable)',
  );
}
