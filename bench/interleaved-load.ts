import type { BenchServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { load } from './http-load.ts';
import { processCpuMicros } from './process-cpu.ts';

/** A route's figures over every round of an interleaved run. */
export interface InterleavedLoad extends Load {
  /** Requests per second of each round, in the order run. */
  readonly rounds: readonly number[];
  /** The server's CPU time (user and system) per request, in microseconds; null without /proc. */
  readonly cpuPerRequest: number | null;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Loads each server in turn for `seconds`, `rounds` times over (the first one last in the next
 * round, and so on), after a warm-up of each: on a shared machine a burst of load from elsewhere
 * then falls on every route alike, rather than on whichever was measured at that moment.
 * Requests per second are those of all rounds together; p99 the median of the rounds'.
 */
export async function interleavedLoad(
  servers: readonly BenchServer[],
  { seconds, rounds }: { seconds: number; rounds: number },
): Promise<InterleavedLoad[]> {
  for (const server of servers) await load(server.url, Math.min(3, seconds));
  const runs = servers.map(() => ({ loads: [] as Load[], cpu: 0 as number | null }));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < servers.length; i += 1) {
      const n = (i + round) % servers.length;
      const server = servers[n];
      const run = runs[n];
      if (!server || !run) continue;
      const before = processCpuMicros(server.pid);
      run.loads.push(await load(server.url, seconds));
      const after = processCpuMicros(server.pid);
      run.cpu =
        before === null || after === null || run.cpu === null ? null : run.cpu + after - before;
    }
  }
  return runs.map(({ loads, cpu }) => {
    const rps = loads.reduce((sum, l) => sum + l.rps, 0) / loads.length;
    const requests = rps * seconds * loads.length;
    return {
      rps,
      p99: median(loads.map((l) => l.p99)),
      errors: loads.reduce((sum, l) => sum + l.errors, 0),
      rounds: loads.map((l) => l.rps),
      cpuPerRequest: cpu === null || requests === 0 ? null : cpu / requests,
    };
  });
}

/** "; server CPU 75 µs a request", or nothing without /proc. */
export function describeCpu(load: InterleavedLoad): string {
  return load.cpuPerRequest === null
    ? ''
    : `; server CPU ${load.cpuPerRequest.toFixed(0)} µs a request`;
}
