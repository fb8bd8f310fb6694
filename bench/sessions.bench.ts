import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/services/password.ts';
import { BENCH_PASSWORD, signInOverHttp } from './bench-accounts.ts';
import { withServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { better, describeLoad, warmThenLoad } from './http-load.ts';
import { measure, printFigure } from './measure.ts';

const SIGN_INS = 20;

function line(label: string, load: Load, bare: Load, target: number): string {
  const ratio = (load.rps / bare.rps).toFixed(2);
  return `${label}: ${describeLoad(load)} — ${ratio}× the bare route (target ≥ ${target}×)`;
}

/**
 * Issue 11: the KPI-table route of a 300-KPI plan (SQLite) read by an anonymous visitor and by
 * a signed-in viewer (its cookie resolved to a session on every request), beside the bare
 * route; and signing in itself, apart, since its cost (scrypt) is deliberate.
 */
export async function benchSessions({ seconds = 10 } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  const bareArgs = (name: string) => ['bare', 'sqlite', join(dir, name)];
  const bareFirst = await withServer(bareArgs('bare.db'), (s) => warmThenLoad(s.url, seconds));
  const app = await withServer(['app', 'sqlite', join(dir, 'app.db')], async (server) => {
    const anonymous = await warmThenLoad(server.url, seconds);
    const { cookie } = await signInOverHttp(server.origin, 'viewer');
    const signedIn = await warmThenLoad(server.url, seconds, { cookie });
    const signIn = await measure(() => signInOverHttp(server.origin, 'viewer'), {
      runs: SIGN_INS,
    });
    return { anonymous, signedIn, signIn };
  });
  const bareAgain = await withServer(bareArgs('bare2.db'), (s) => warmThenLoad(s.url, seconds));
  const bare = better(bareFirst, bareAgain);
  const hashing = await measure(() => hashPassword(BENCH_PASSWORD), { runs: SIGN_INS });
  console.log(
    `bare route (same framework, the same 300-KPI body from memory, gzip): ${bare.rps.toFixed(0)} req/s, ` +
      `p99 ${bare.p99} ms (runs: ${bareFirst.rps.toFixed(0)}, ${bareAgain.rps.toFixed(0)} req/s)`,
  );
  console.log(line('KPI table route, SQLite, anonymous reader', app.anonymous, bare, 0.9));
  console.log(line('KPI table route, SQLite, signed-in viewer', app.signedIn, bare, 0.7));
  console.log(
    `  signed-in / anonymous = ${(app.signedIn.rps / app.anonymous.rps).toFixed(2)}× the requests per second`,
  );
  printFigure(
    `sign-in, POST /api/session, one at a time (${SIGN_INS} runs; slow on purpose: scrypt)`,
    app.signIn,
  );
  printFigure('hashPassword (scrypt N=2^15, r=8, p=1: 32 MiB), in this process', hashing);
}
