import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  RendererUnavailableError,
  closePdfPrinter,
  renderPdf,
  runningPrinter,
} from './pdf-renderer.ts';

describe('renderPdf', () => {
  it('says how to install Chromium when it is missing, in one line', async () => {
    const page = {
      html: '<p>x</p>',
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
    };
    const refused = renderPdf(page, '/nonexistent/chromium');
    await expect(refused).rejects.toBeInstanceOf(RendererUnavailableError);
    await expect(refused).rejects.toThrow(
      /^PDF export needs Chromium at \/nonexistent\/chromium \(apt-get install chromium fonts-noto-cjk\): [^\n]*$/,
    );
  });

  it('prints one at a time, lets six wait and refuses the rest as busy, with when to retry', async () => {
    // A "browser" that starts and dies at once: each turn ends quickly, in order.
    const folder = await mkdtemp(join(tmpdir(), 'mieruka-fake-chromium-'));
    const fake = join(folder, 'chromium');
    await writeFile(fake, '#!/bin/sh\nexit 1\n');
    await chmod(fake, 0o755);
    try {
      const page = { html: '<p>x</p>', headerTemplate: '<span></span>', footerTemplate: '' };
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () => renderPdf(page, fake)),
      );
      const reasons = outcomes.map((o) =>
        o.status === 'rejected' && o.reason instanceof RendererUnavailableError
          ? o.reason.retryAfterSeconds === null
            ? 'tried'
            : 'busy'
          : 'other',
      );
      // The first runs, six wait their turn (each then tries the browser), three are refused.
      expect(reasons).toEqual([
        ...Array<string>(7).fill('tried'),
        ...Array<string>(3).fill('busy'),
      ]);
      const busy = outcomes.at(-1);
      expect(busy?.status === 'rejected' && String(busy.reason)).toMatch(
        /the PDF printer is busy \(6 waiting\): try again in 10 s/,
      );
      // Once they are done, a new call gets its turn again.
      await expect(renderPdf(page, fake)).rejects.toThrow(/needs Chromium at/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('prints in one browser kept between prints, each print in a context of its own, until closed', async () => {
    const page = (text: string) => ({
      html: `<p>${text}</p>`,
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
    });
    await closePdfPrinter();
    expect(runningPrinter()).toBeUndefined();
    const first = await renderPdf(page('一'), CHROMIUM_PATH);
    const browser = await runningPrinter();
    expect(browser?.isConnected()).toBe(true);
    const second = await renderPdf(page('二'), CHROMIUM_PATH);
    expect(await runningPrinter()).toBe(browser);
    expect(browser?.contexts()).toEqual([]);
    for (const pdf of [first, second])
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    await closePdfPrinter();
    expect(runningPrinter()).toBeUndefined();
    expect(browser?.isConnected()).toBe(false);
    // Closed, the next print starts another.
    await renderPdf(page('三'), CHROMIUM_PATH);
    expect(await runningPrinter()).not.toBe(browser);
    await closePdfPrinter();
  });
});
