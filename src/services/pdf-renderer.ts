import { KnownError } from '../domain/error-kind.ts';

/** Debian's Chromium (the `chromium` package); browsers are never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const INSTALL = 'apt-get install chromium fonts-noto-cjk';

/** PDF export needs Chromium (and playwright-core to drive it): 503 over HTTP, exit 1. */
export class RendererUnavailableError extends KnownError {
  override readonly name = 'RendererUnavailableError';
  readonly kind = 'renderer_unavailable' as const;
}

export interface PdfPage {
  readonly html: string;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
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

/**
 * An HTML page printed by headless Chromium to an A4 landscape PDF, with the page header and
 * footer templates (page numbers), backgrounds printed. One browser per call, closed after.
 */
export async function renderPdf(
  page: PdfPage,
  executablePath = CHROMIUM_PATH,
): Promise<Uint8Array> {
  const chromium = await loadChromium();
  const browser = await chromium.launch({ executablePath, args: ARGS }).catch((error: unknown) => {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new RendererUnavailableError(
      `PDF export needs Chromium at ${executablePath} (${INSTALL}): ${reason}`,
    );
  });
  try {
    const tab = await browser.newPage();
    // The page is self-contained: nothing it names is fetched.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page.html, { waitUntil: 'load' });
    const pdf = await tab.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
      margin: { top: '12mm', bottom: '12mm', left: '8mm', right: '8mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
