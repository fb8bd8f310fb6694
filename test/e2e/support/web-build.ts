import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_ROOT = join(repo, 'dist/web');

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestIn(join(path, name))),
    0,
  );
}

/** Whether dist/web is missing or older than any of its sources (src/web, src/domain, the config). */
export function webBuildIsStale(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json'];
  return sources.some((source) => newestIn(join(repo, source)) > built);
}

/**
 * Builds the web app with Vite when dist/web is missing or stale, so the end-to-end tests run
 * from a clean clone with a plain `npm test`.
 */
export async function ensureWebBuilt(): Promise<string> {
  if (webBuildIsStale()) {
    const { build } = await import('vite');
    // Under vitest NODE_ENV is "test", which would bundle React's development build.
    const environment = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: join(repo, 'vite.config.ts'),
        logLevel: 'warn',
        mode: 'production',
      });
    } finally {
      process.env.NODE_ENV = environment;
    }
  }
  return WEB_ROOT;
}
