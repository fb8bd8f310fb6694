import type { Page, Route } from 'playwright-core';

/** A request the page sent and the test holds: sent on as it was, or failed as a network error. */
export interface HeldRequest {
  /** Resolves once the page sent it. */
  readonly sent: Promise<void>;
  readonly release: () => void;
  readonly fail: () => void;
}

/**
 * Holds the page's next `method` request to a URL matching `pattern` until the test decides,
 * so a test sees a form while its change is on its way, and what it says when the server
 * cannot be reached. Other requests go on as usual.
 * @example const held = await holdRequest(page, 'PUT', /\/password$/); …click…; await held.sent
 */
export async function holdRequest(
  page: Page,
  method: string,
  pattern: RegExp,
): Promise<HeldRequest> {
  let decide: (how: 'release' | 'fail') => void = () => undefined;
  const decided = new Promise<'release' | 'fail'>((resolve) => {
    decide = resolve;
  });
  let arrive: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let taken = false;
  const handler = async (route: Route) => {
    if (taken || route.request().method() !== method) return route.fallback();
    taken = true;
    arrive();
    const how = await decided;
    await (how === 'release' ? route.continue() : route.abort('failed'));
    return page.unroute(pattern, handler);
  };
  await page.route(pattern, handler);
  return { sent, release: () => decide('release'), fail: () => decide('fail') };
}
