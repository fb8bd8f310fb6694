import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { publicUrlWarning } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureFirstAdmin } from '../services/accounts.ts';
import { systemClock } from '../services/clock.ts';
import { seedDemo } from '../services/demo-data.ts';
import { startOutboxDispatcher } from '../services/outbox-dispatcher.ts';
import { smtpMailer } from '../services/smtp-mailer.ts';
import { buildApp } from './app.ts';

/** How often a server looks at the outbox: reminders due, messages to send or retry. */
const OUTBOX_INTERVAL_MS = 30_000;

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly url: string;
  /** The first admin, created on a database with no account: printed once, never stored. */
  readonly firstAdmin: { readonly email: string; readonly password: string } | undefined;
  close(): Promise<void>;
}

/**
 * Starts Mieruka: migrates the database, imports the bundled Yuzawa sample when it is empty,
 * and listens. Stateless apart from the database, so several can run behind a load balancer.
 */
export async function startServer(
  config: Config,
  options: {
    webRoot?: string;
    /** How often the outbox is looked at (30 s); tests shorten it. */
    outboxIntervalMs?: number;
  } = {},
): Promise<RunningServer> {
  const clock = systemClock;
  const handle = await openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const seeded = await seedDemo(handle, clock());
    const firstAdmin = await ensureFirstAdmin(handle, config.municipality, clock());
    const app = await buildApp({
      ...handle,
      webRoot: options.webRoot ?? WEB_ROOT,
      logger: { level: config.logLevel },
      municipality: config.municipality,
      secureCookies: config.secureCookies,
      chromiumPath: config.chromiumPath,
      trustProxy: config.trustProxy,
      now: clock,
      mail: {
        smtpConfigured: config.mail.smtpUrl !== undefined,
        from: config.mail.from,
        publicUrl: config.mail.publicUrl,
      },
    });
    if (seeded) app.log.info('imported the bundled Yuzawa R5 table as the demo plan');
    const linksWarning = publicUrlWarning(config);
    if (linksWarning !== null) app.log.warn(linksWarning);
    const url = await app.listen({ port: config.port, host: config.host });
    const { smtpUrl } = config.mail;
    const mailer =
      smtpUrl === undefined ? undefined : smtpMailer({ smtpUrl, from: config.mail.from });
    if (mailer === undefined) {
      app.log.info('SMTP_URL is not set: e-mails stay in the outbox for admins to read');
    }
    const dispatcher = startOutboxDispatcher({
      store: handle,
      mailer,
      settings: { publicUrl: config.mail.publicUrl, reminderDays: config.mail.reminderDays },
      intervalMs: options.outboxIntervalMs ?? OUTBOX_INTERVAL_MS,
      clock,
      log: {
        info: (message) => app.log.info(message),
        warn: (message) => app.log.warn(message),
        error: (message) => app.log.error(message),
      },
    });
    return {
      app,
      handle,
      url,
      firstAdmin,
      close: async () => {
        await dispatcher.stop();
        mailer?.close();
        await app.close();
        await handle.destroy();
      },
    };
  } catch (error) {
    await handle.destroy();
    throw error;
  }
}
