import type { Browser } from 'playwright-core';
import { DEFAULT_CHROMIUM_PATH } from '../config.ts';
import { KnownError } from '../domain/error-kind.ts';
import { turns } from '../io/turns.ts';

/** Debian's Chromium (the `chromium` package) unless MIERUKA_CHROMIUM names another. */
export const CHROMIUM_PATH = DEFAULT_CHROMIUM_PATH;

/**
 * One Chromium prints at a time (each takes a core and ~150 MB for seconds); a few requests
 * wait their turn, more are told to come back (503 with Retry-After), so a burst of PDF
 * downloads cannot take the server's memory.
 */
const printing = turns(1);
const MAX_WAITING = 6;
const BUSY_RETRY_SECONDS = 10;
/** A page that has not printed by then never will: the browser is closed, the request told. */
const PRINT_TIME_LIMIT_MS = 120_000;

const INSTALL = 'apt-get install chromium fonts-noto-cjk';

/** PDF export needs Chromium (and playwright-core to drive it): 503 over HTTP, exit 1. */
export class RendererUnavailableError extends KnownError {
  override readonly name = 'RendererUnavailableError';
  readonly kind = 'renderer_unavailable' as const;
  constructor(
    message: string,
    /** Set when the printer is busy rather than missing: when to ask again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export interface PdfPage {
  readonly html: string;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  /** A4 landscape (the report) unless false (the evaluation sheets, portrait). */
  readonly landscape?: boolean;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * playwright-core is loaded only when a PDF is asked for: it is a devDependency, and a server
 * without it (or without Chromium) still serves every other format.
 */
async function loadChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium;
  } catch {
    throw new RendererUnavailableError(
      `PDF export needs playwright-core and Chromium: npm install playwright-core, and ${INSTALL}`,
    );
  }
}

/** A browser left idle this long is closed, giving its memory back; the next print starts one. */
const IDLE_CLOSE_MS = 30_000;

/**
 * The browser prints are made in, started at the first print and kept for the next ones: a
 * start costs about half a second of a print's one to one and a half. Each print has a
 * context of its own (no cookie, cache or storage of another print). Closed when idle for
 * IDLE_CLOSE_MS, when a print runs past its time, when it crashes, and by closePdfPrinter().
 */
interface Printer {
  readonly executablePath: string;
  readonly browser: Promise<Browser>;
  idle?: NodeJS.Timeout;
}
let printer: Printer | undefined;

async function launch(executablePath: string): Promise<Browser> {
  const chromium = await loadChromium();
  return chromium.launch({ executablePath, args: ARGS }).catch((error: unknown) => {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new RendererUnavailableError(
      `PDF export needs Chromium at ${executablePath} (${INSTALL}): ${reason}`,
    );
  });
}

/** The running browser for this executable, or a new one. */
function browserFor(executablePath: string): Promise<Browser> {
  if (printer?.executablePath === executablePath) {
    clearTimeout(printer.idle);
    return printer.browser;
  }
  void closePdfPrinter();
  const current: Printer = { executablePath, browser: launch(executablePath) };
  printer = current;
  current.browser.then(
    (browser) =>
      browser.on('disconnected', () => {
        if (printer === current) printer = undefined;
      }),
    () => {
      if (printer === current) printer = undefined;
    },
  );
  return current.browser;
}

/** The browser prints are made in now, if one runs (what the tests see of the printer). */
export function runningPrinter(): Promise<Browser> | undefined {
  return printer?.browser;
}

/** Closes the printing browser, if one runs (the server as it stops, the command line after an export). */
export async function closePdfPrinter(): Promise<void> {
  const closing = printer;
  printer = undefined;
  if (!closing) return;
  clearTimeout(closing.idle);
  const browser = await closing.browser.catch(() => undefined);
  await browser?.close();
}

/**
 * An HTML page printed by headless Chromium to an A4 landscape PDF, with the page header and
 * footer templates (page numbers), backgrounds printed. One call prints at a time, in the
 * browser kept for prints, the others wait (a few) or are refused as busy.
 */
export async function renderPdf(
  page: PdfPage,
  executablePath = CHROMIUM_PATH,
): Promise<Uint8Array> {
  if (printing.waiting >= MAX_WAITING) {
    throw new RendererUnavailableError(
      `the PDF printer is busy (${printing.waiting} waiting): try again in ${BUSY_RETRY_SECONDS} s`,
      BUSY_RETRY_SECONDS,
    );
  }
  const release = await printing.take();
  try {
    return await printOnce(page, executablePath);
  } finally {
    if (printer) printer.idle = setTimeout(() => void closePdfPrinter(), IDLE_CLOSE_MS).unref();
    release();
  }
}

async function printOnce(page: PdfPage, executablePath: string): Promise<Uint8Array> {
  const browser = await browserFor(executablePath);
  // A page that never prints takes the browser with it: the next print starts another.
  const timer = setTimeout(() => void closePdfPrinter(), PRINT_TIME_LIMIT_MS);
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    // The page is self-contained: nothing it names is fetched.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page.html, { waitUntil: 'load' });
    const pdf = await tab.pdf({
      format: 'A4',
      landscape: page.landscape ?? true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
      margin: { top: '12mm', bottom: '12mm', left: '8mm', right: '8mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}
