import { useEffect } from 'react';
import { apiPaths } from '../api/api-client.ts';

/**
 * Names the plan's Atom feed in the page head (`<link rel="alternate">`) while the page is shown,
 * so a browser or a feed reader given the page's address finds the feed of publications and
 * corrections. Nothing for a null plan.
 */
export function useFeedLink(planId: number | null, title: string): void {
  useEffect(() => {
    if (planId === null) return undefined;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.href = apiPaths.feed(planId);
    link.title = title;
    document.head.append(link);
    return () => link.remove();
  }, [planId, title]);
}
