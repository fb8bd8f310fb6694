import type { Page } from 'playwright-core';

export interface TapTarget {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** The links and buttons on screen smaller than `size` px either way (hidden ones aside). */
export function smallTapTargets(page: Page, size = 44): Promise<TapTarget[]> {
  return page.evaluate((min) => {
    const small: TapTarget[] = [];
    for (const element of document.querySelectorAll('a[href], button, summary, select')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (print-only, closed)
      if (element.closest('.skip-link')) continue; // off screen until focused
      // Sub-pixel layout: 43.99 px is a 44-px target.
      if (Math.round(box.height) < min || Math.round(box.width) < min) {
        small.push({
          text: (element.textContent ?? '').trim().slice(0, 30),
          width: Math.round(box.width),
          height: Math.round(box.height),
        });
      }
    }
    return small;
  }, size);
}

/** Whether the page scrolls sideways: its content wider than the window. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

/** The progress table's cards on a phone: code → the rate the card shows. */
export async function cardRates(page: Page): Promise<Record<string, string>> {
  const rates: Record<string, string> = {};
  for (const card of await page.locator('.kpi-card').all()) {
    const code = (await card.getAttribute('data-code')) ?? '';
    rates[code] = await card.locator('.kpi-card__rate .rate').innerText();
  }
  return rates;
}
