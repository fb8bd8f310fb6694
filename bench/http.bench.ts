import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withServer } from './bench-server.ts';
import type { BenchServer } from './bench-server.ts';
import { describeLoad } from './http-load.ts';
import type { InterleavedLoad } from './interleaved-load.ts';
import { describeCpu, interleavedLoad } from './interleaved-load.ts';
import { postgresSchema } from './postgres-schema.ts';

/** Starts a server per argument list (bench/http-server.ts), runs `run` with all of them, stops them. */
async function withServers<T>(
  argLists: readonly (readonly string[])[],
  run: (servers: BenchServer[]) => Promise<T>,
  started: BenchServer[] = [],
): Promise<T> {
  const [first, ...rest] = argLists;
  if (!first) return run(started);
  return withServer(first, (server) => withServers(rest, run, [...started, server]));
}

function line(label: string, load: InterleavedLoad, bare: InterleavedLoad): string {
  const ratio = (load.rps / bare.rps).toFixed(2);
  const rounds = load.rounds.map((rps, i) => (rps / (bare.rounds[i] ?? rps)).toFixed(2));
  return (
    `${label}: ${describeLoad(load)}${describeCpu(load)} — ${ratio}× the bare route ` +
    `(rounds: ${rounds.join(', ')}; target ≥ 0.9×)`
  );
}

/**
 * Requests per second and p99 of the KPI-table route of a 300-KPI plan, beside a bare route
 * serving the same body from memory: the ratio is the route's own work (the access check, the
 * cache's revision read, the security headers). The servers run side by side and are loaded in
 * turn, `rounds` times, so that a burst from elsewhere on this shared machine falls on each.
 * The server's CPU a request says the same without the load generator's share of the cores.
 */
export async function benchHttp({ seconds = 5, rounds = 3 } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  const schema = await postgresSchema();
  try {
    const argLists = [
      ['bare', 'sqlite', join(dir, 'bare.db')],
      ['app', 'sqlite', join(dir, 'app.db')],
      ...(schema ? [['app', 'postgres', schema.url]] : []),
    ];
    const [bare, sqlite, postgres] = await withServers(argLists, (servers) =>
      interleavedLoad(servers, { seconds, rounds }),
    );
    if (!bare || !sqlite) throw new Error('a benchmark server did not run');
    console.log(
      `bare route (same framework, the same 300-KPI body from memory, gzip): ${describeLoad(bare)}` +
        `${describeCpu(bare)} (rounds: ${bare.rounds.map((rps) => rps.toFixed(0)).join(', ')} req/s)`,
    );
    console.log(line('KPI table route, SQLite', sqlite, bare));
    console.log(
      postgres
        ? line('KPI table route, PostgreSQL', postgres, bare)
        : 'KPI table route, PostgreSQL: skipped (no server reachable)',
    );
    console.log(
      `  ${rounds} rounds of ${seconds} s each route, in turn; 50 connections from this process`,
    );
  } finally {
    await schema?.drop();
  }
}
