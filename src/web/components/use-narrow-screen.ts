import { useSyncExternalStore } from 'react';

/** Below this width (a phone held upright, 390 px) the pages lay out in one column of cards. */
export const NARROW_QUERY = '(max-width: 40rem)';

/**
 * From this width (1,600 px) the progress table shows every year's actuals beside the
 * narrative; a laptop (1,366 px) shows the report year's only, unless asked for all.
 */
export const WIDE_QUERY = '(min-width: 100rem)';

/** Whether a media query matches, following the window as it changes. */
function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * Whether the window is phone-narrow, following it as it changes. The table page renders either
 * its table or its cards, never both: a 1,000-KPI plan keeps one list in the DOM.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_QUERY);
}

/** Whether the window is wide enough for every year of the progress table (WIDE_QUERY). */
export function useWideScreen(): boolean {
  return useMediaQuery(WIDE_QUERY);
}
