import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureFirstAdmin } from '../services/accounts.ts';
import { seedDemo } from '../services/demo-data.ts';
import { buildApp } from './app.ts';

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
  options: { webRoot?: string } = {},
): Promise<RunningServer> {
  const handle = await openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const seeded = await seedDemo(handle);
    const firstAdmin = await ensureFirstAdmin(handle, config.municipality);
    const app = await buildApp({
      ...handle,
      webRoot: options.webRoot ?? WEB_ROOT,
      logger: { level: config.logLevel },
      municipality: config.municipality,
      secureCookies: config.secureCookies,
    });
    if (seeded) app.log.info('imported the bundled Yuzawa R5 table as the demo plan');
    const url = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      handle,
      url,
      firstAdmin,
      close: async () => {
        await app.close();
        await handle.destroy();
      },
    };
  } catch (error) {
    await handle.destroy();
    throw error;
  }
}
