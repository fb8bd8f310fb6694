import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { better, describeLoad, warmThenLoad } from './http-load.ts';
import { postgresSchema } from './postgres-schema.ts';

/** Warm up, then measure with 50 connections from this (second) process. */
async function measureServer(args: string[], seconds: number): Promise<Load> {
  return withServer(args, (server) => warmThenLoad(server.url, seconds));
}

function line(label: string, load: Load, bare: Load): string {
  const ratio = (load.rps / bare.rps).toFixed(2);
  return `${label}: ${describeLoad(load)} — ${ratio}× the bare route (target ≥ 0.5×, p99 < 50 ms)`;
}

/** Requests per second and p99 of the KPI-table route of a 300-KPI plan, beside a bare route. */
export async function benchHttp({ seconds = 10 } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  // The bare route is measured before and after the others and its better run kept, so a
  // burst of load from elsewhere on this shared machine does not flatter the ratios.
  const bareFirst = await measureServer(['bare', 'sqlite', join(dir, 'bare.db')], seconds);
  const sqlite = await measureServer(['app', 'sqlite', join(dir, 'app.db')], seconds);
  const schema = await postgresSchema();
  let postgres: Load | null = null;
  if (schema) {
    try {
      postgres = await measureServer(['app', 'postgres', schema.url], seconds);
    } finally {
      await schema.drop();
    }
  }
  const bareAgain = await measureServer(['bare', 'sqlite', join(dir, 'bare2.db')], seconds);
  const bare = better(bareFirst, bareAgain);
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
