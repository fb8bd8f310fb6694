import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
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

/** Held while one test worker builds dist/web: the others wait for it, never read a half-built one. */
const LOCK = join(repo, 'dist/.web-build.lock');
/** A lock older than this was left by a worker that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/** Takes the build lock (a directory: made or not, at once), waiting while another worker holds it. */
async function lockBuild(): Promise<void> {
  mkdirSync(join(repo, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
}

/**
 * Builds the web app with Vite when dist/web is missing or stale, so the end-to-end tests run
 * from a clean clone with a plain `npm test`. Test files run in parallel workers, and Vite
 * empties dist/web before it writes: one worker builds under a lock while the others wait,
 * then find it built (a worker serving a half-written dist/web showed a blank page).
 */
export async function ensureWebBuilt(): Promise<string> {
  if (!webBuildIsStale()) return WEB_ROOT;
  await lockBuild();
  try {
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
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return WEB_ROOT;
}
