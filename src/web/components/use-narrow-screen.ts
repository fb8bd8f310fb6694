import { useSyncExternalStore } from 'react';

/** Below this width (a phone held upright, 390 px) the pages lay out in one column of cards. */
export const NARROW_QUERY = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the window is phone-narrow, following it as it changes. The table page renders either
 * its table or its cards, never both: a 1,000-KPI plan keeps one list in the DOM.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
