import { z } from 'zod';
import { SYSTEM } from '../src/domain/access.ts';
import type { Role } from '../src/domain/access.ts';
import { addAccount } from '../src/services/accounts.ts';
import type { Store } from '../src/services/database-handle.ts';

/** The municipality the benchmark plan belongs to, and its server's own. */
export const BENCH_MUNICIPALITY = { code: '999999', name: 'ベンチ市' } as const;
export const BENCH_PASSWORD = 'bench password 2026';

export const benchEmail = (role: Role): string => `${role}@bench.example.jp`;

/** A viewer (a signed-in reader) and an admin (who uploads) of the benchmark municipality. */
export async function addBenchAccounts(store: Store): Promise<void> {
  for (const role of ['viewer', 'admin'] as const) {
    await addAccount(
      store,
      {
        email: benchEmail(role),
        role,
        departments: [],
        password: BENCH_PASSWORD,
        municipality: BENCH_MUNICIPALITY,
      },
      SYSTEM,
      new Date(),
    );
  }
}

/** What a signed-in browser sends: its session cookie, and its CSRF token with a change. */
export interface BenchSession {
  readonly cookie: string;
  readonly 'x-csrf-token': string;
}

const signedIn = z.object({ csrfToken: z.string() });

/** POST /api/session over HTTP, as a browser signs in. */
export async function signInOverHttp(origin: string, role: Role): Promise<BenchSession> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail(role), password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  const cookie = /mieruka_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = signedIn.parse(await response.json());
  return { cookie, 'x-csrf-token': csrfToken };
}
