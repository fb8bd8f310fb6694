import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { PlanSummaryView } from '../src/domain/api-contract.ts';
import { SYSTEM } from '../src/domain/access.ts';
import { importReport } from '../src/services/import-report.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { startDemoServer } from '../test/e2e/support/demo-server.ts';
import { ensureWebBuilt } from '../test/e2e/support/web-build.ts';
import { generateReportTsv } from './generate-report.ts';
import type { Timing } from './measure.ts';
import { printFigure } from './measure.ts';

const KPIS = 1000;
const RUNS = 7;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The built app's JavaScript and CSS, raw and gzip (level 9, as a server would send them). */
function printBundleSizes(webRoot: string): void {
  const assets = join(webRoot, 'assets');
  for (const ext of ['.js', '.css']) {
    const files = readdirSync(assets).filter((f) => f.endsWith(ext));
    const bytes = files.map((f) => readFileSync(join(assets, f)));
    const raw = bytes.reduce((n, b) => n + b.length, 0);
    const gzip = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    console.log(`web ${ext.slice(1)}: ${kb(raw)} raw, ${kb(gzip)} gzip (${files.length} file(s))`);
  }
}

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

/** Milliseconds from navigation start until the page shows `count` KPI groups of the table. */
async function timeToTable(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (n) => document.querySelectorAll('.progress-table tbody').length >= n,
    count,
    { polling: 'raf', timeout: 30_000 },
  );
  // Wait for the frame that paints it, then read the clock of the navigation.
  return page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))),
  );
}

/**
 * The built web app's JS and CSS sizes, and the time Chromium takes to show the progress table
 * of a generated 1,000-KPI plan through the real server (target < 1 s). The ceiling is the same
 * table as static HTML with the same CSS: what remains is fetching the report, React and the
 * app's own work.
 */
export async function benchWeb(): Promise<void> {
  const webRoot = await ensureWebBuilt();
  printBundleSizes(webRoot);
  const tsv = new TextEncoder().encode(generateReportTsv(KPIS));
  const server = await startDemoServer(webRoot, (store) =>
    importReport(
      store,
      {
        file: 'generated.tsv',
        bytes: tsv,
        planName: `generated ${KPIS}`,
        createPlan: true,
        publish: true,
        municipality: { code: '000000', name: 'bench' },
      },
      SYSTEM,
      new Date(),
    ),
  );
  const browser = await launchBrowser({ width: 1366, height: 900 });
  try {
    const plans: PlanSummaryView[] = await (await fetch(`${server.url}/api/plans`)).json();
    const plan = plans[0];
    if (!plan) throw new Error('the generated plan was not imported');
    const page = await browser.context.newPage();
    const url = `${server.url}/plans/${plan.id}/table`;
    const app: number[] = [];
    await timeToTable(page, url, plan.kpiCount); // warm-up
    for (let i = 0; i < RUNS; i += 1) app.push(await timeToTable(page, url, plan.kpiCount));
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const staticUrl = `${server.url}/__bench-static-table`;
    await page.route(staticUrl, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    const ceiling: number[] = [];
    await timeToTable(page, staticUrl, plan.kpiCount);
    for (let i = 0; i < RUNS; i += 1)
      ceiling.push(await timeToTable(page, staticUrl, plan.kpiCount));
    const appTime = timing(app);
    const ceilingTime = timing(ceiling);
    printFigure(
      `web: progress table of ${plan.kpiCount} KPIs shown in Chromium, target < 1000 ms`,
      appTime,
    );
    printFigure('web: ceiling, the same table as static HTML', ceilingTime);
    console.log(
      `  app / static = ${(appTime.median / ceilingTime.median).toFixed(2)}×; report JSON ${kb(
        (await (await fetch(`${server.url}/api/plans/${plan.id}/report`)).arrayBuffer()).byteLength,
      )}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
