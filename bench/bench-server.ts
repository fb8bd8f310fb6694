import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNNER = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const SERVER = fileURLToPath(new URL('./http-server.ts', import.meta.url));

/** A benchmark server in its own process (bench/http-server.ts), so its memory is its own. */
export interface BenchServer {
  /** The report route of the server's plan, e.g. http://127.0.0.1:4123/api/plans/1/report?fy=2023. */
  readonly url: string;
  readonly origin: string;
  readonly pid: number;
}

/**
 * Starts bench/http-server.ts (or another `script` that prints `ready PORT PATH` once it
 * listens) with `args`, runs `run` against it and stops it.
 */
export async function withServer<T>(
  args: readonly string[],
  run: (server: BenchServer) => Promise<T>,
  script: string = SERVER,
): Promise<T> {
  // BENCH_PROF=DIR: each server writes a CPU profile there when it stops (open in DevTools).
  const profile = process.env.BENCH_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF]
    : [];
  const child = spawn(process.execPath, [...profile, RUNNER, script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const server = await new Promise<BenchServer>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /ready (\d+) (\S+)/.exec(out);
        if (ready) {
          const origin = `http://127.0.0.1:${ready[1]}`;
          resolve({ url: `${origin}${ready[2]}`, origin, pid: child.pid ?? 0 });
        }
      });
      child.on('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
    });
    return await run(server);
  } finally {
    child.kill('SIGTERM');
  }
}
