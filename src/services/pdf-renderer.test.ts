import { describe, expect, it } from 'vitest';
import { RendererUnavailableError, renderPdf } from './pdf-renderer.ts';

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
});
