import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PlanSummaryView } from '../../../src/domain/api-contract.ts';
import type { TestBrowser } from './browser.ts';
import { launchBrowser } from './browser.ts';
import type { DemoServer } from './demo-server.ts';
import { startDemoServer } from './demo-server.ts';
import { ensureWebBuilt } from './web-build.ts';

/** What an end-to-end test drives: the demo server, its first plan, and a Chromium page. */
export interface Demo {
  readonly server: DemoServer;
  readonly browser: TestBrowser;
  readonly page: Page;
  readonly planId: number;
}

/**
 * The demo server (the built app, the bundled Yuzawa plan) and a page of a fresh headless
 * Chromium: a step that cannot happen fails by name after `stepTimeout`, well before the
 * test's own timeout, and the page's uncaught errors go to `pageErrors`.
 * @example ({ server, browser, page, planId } = await openDemo({ pageErrors }));
 */
export async function openDemo(options: {
  readonly pageErrors: string[];
  readonly viewport?: { width: number; height: number };
  readonly browserArgs?: readonly string[];
  readonly smtpUrl?: string;
  readonly stepTimeout?: number;
}): Promise<Demo> {
  mkdirSync('test-results', { recursive: true });
  const webRoot = await ensureWebBuilt();
  const smtp = options.smtpUrl === undefined ? {} : { smtpUrl: options.smtpUrl };
  const server = await startDemoServer(webRoot, undefined, smtp);
  const plans: PlanSummaryView[] = await (await fetch(`${server.url}/api/plans`)).json();
  const browser = await launchBrowser(options.viewport, options.browserArgs);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(options.stepTimeout ?? 10_000);
  page.on('pageerror', (error) => options.pageErrors.push(error.message));
  return { server, browser, page, planId: plans[0]?.id ?? 0 };
}
