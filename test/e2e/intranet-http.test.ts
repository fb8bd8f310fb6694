import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './support/browser.ts';
import type { DemoServer } from './support/demo-server.ts';
import { openDemo } from './support/open-demo.ts';

/*
 * A city's intranet serves the app over plain HTTP under a host name of its own
 * (http://kpi.city.example/), which a browser, unlike localhost, does not count as secure. The
 * page must show there: a CSP asking to upgrade insecure requests would fetch the scripts over
 * https and leave it blank. Chromium resolves the name to the test server on loopback.
 */

const HOST = 'kpi.city.example';
let server: DemoServer;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];
const failedRequests: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await openDemo({
    pageErrors,
    viewport: { width: 1366, height: 768 },
    browserArgs: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  }));
  page.on('requestfailed', (request) => failedRequests.push(request.url()));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A journey through one browser page: each step starts where the last one left it.
describe('the app over plain HTTP under an intranet host name', { shuffle: false }, () => {
  it('shows the demo plan, its scripts fetched over http from that host', async () => {
    const port = new URL(server.url).port;
    const origin = `http://${HOST}:${port}`;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${origin}/`);
    expect(page.url().startsWith(`${origin}/`)).toBe(true);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect
      .poll(() => page.locator('.plan-list .card__title').allInnerTexts())
      .toContain('湯沢市行財政改革実施計画');
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(url.startsWith(`${origin}/`)).toBe(true);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
