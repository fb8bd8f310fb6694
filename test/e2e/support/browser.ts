import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium: browsers are never downloaded (CI installs the `chromium` package). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface TestBrowser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/**
 * Headless Chromium with a fresh profile folder of its own. Playwright takes the profile as
 * launchPersistentContext's first argument (it refuses `--user-data-dir` among the args).
 */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 1366, height: 900 },
  extraArgs: readonly string[] = [],
): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'mieruka-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    locale: 'ja-JP',
    timezoneId: 'UTC',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
