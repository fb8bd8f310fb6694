import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { buildApp } from '../../../src/server/app.ts';
import { SYSTEM } from '../../../src/domain/access.ts';
import type { FiscalYear } from '../../../src/domain/fiscal-year.ts';
import type { Store } from '../../../src/services/database-handle.ts';
import { systemClock } from '../../../src/services/clock.ts';
import { seedDemo } from '../../../src/services/demo-data.ts';
import { startOutboxDispatcher } from '../../../src/services/outbox-dispatcher.ts';
import { openRound, transitionEntries } from '../../../src/services/rounds.ts';
import { smtpMailer } from '../../../src/services/smtp-mailer.ts';
import { createAccount } from '../../support/sessions.ts';

export interface DemoServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** Adds an account of the demo municipality (湯沢市) as the operator would; a fresh e-mail. */
  readonly addAccount: (
    input: Parameters<typeof createAccount>[1],
  ) => Promise<{ email: string; password: string }>;
  /**
   * Opens the collection round (照会) of the plan's year as the operator would
   * (`mieruka round open`): editors enter figures only while it is open.
   */
  readonly openRound: (planId: number, fiscalYear: FiscalYear, due: string) => Promise<void>;
  /** Reopens an approved entry of the open round (imported figures come approved), with a reason. */
  readonly reopenEntry: (
    planId: number,
    fiscalYear: FiscalYear,
    entry: { code: string; department: string },
    reason: string,
  ) => Promise<void>;
  readonly close: () => Promise<void>;
}

/**
 * The real server on a loopback port: a fresh SQLite file, migrated, with the bundled Yuzawa
 * plan imported (or what `seed` puts there), serving the API and the built web app from `webRoot`.
 */
export async function startDemoServer(
  webRoot: string,
  seed: (store: Store) => Promise<unknown> = (store) => seedDemo(store, new Date()),
  options: { readonly smtpUrl?: string } = {},
): Promise<DemoServer> {
  const folder = mkdtempSync(join(tmpdir(), 'mieruka-e2e-'));
  const handle = createDatabase({ kind: 'sqlite', file: join(folder, 'mieruka.db') });
  try {
    await migrateToLatest(handle);
    await seed(handle);
    const app = await buildApp({ db: handle.db, kind: handle.kind, webRoot });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    // With a mail server, the outbox is sent as `mieruka serve` sends it, every moment.
    const dispatcher =
      options.smtpUrl === undefined
        ? undefined
        : startOutboxDispatcher({
            store: handle,
            mailer: smtpMailer({ smtpUrl: options.smtpUrl, from: 'mieruka@city.example.jp' }),
            settings: { publicUrl: url, reminderDays: 7 },
            intervalMs: 200,
            clock: systemClock,
            log: { info: () => undefined, warn: () => undefined, error: () => undefined },
          });
    return {
      url,
      addAccount: (input) => createAccount(handle, input),
      openRound: async (planId, fiscalYear, due) => {
        await openRound(handle, { planId, fiscalYear, dueDate: due }, SYSTEM, new Date());
      },
      reopenEntry: async (planId, fiscalYear, entry, reason) => {
        const action = { kind: 'reopen', reason } as const;
        await transitionEntries(
          handle,
          { planId, fiscalYear, action, entries: [entry] },
          SYSTEM,
          new Date(),
        );
      },
      close: async () => {
        await dispatcher?.stop();
        await app.close();
        await handle.destroy();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await handle.destroy();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
