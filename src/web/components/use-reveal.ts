import type { RefObject } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Brings an outcome shown far from the button that caused it into sight: `reveal()` asks that,
 * once rendered, the element (give it tabIndex={-1}) be scrolled to and focused, so a sighted
 * reader sees it and a screen reader's reading continues from it.
 */
export function useReveal<T extends HTMLElement>(): {
  readonly ref: RefObject<T | null>;
  readonly reveal: () => void;
} {
  const ref = useRef<T | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (asked === 0 || element === null) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [asked]);
  const reveal = useCallback(() => setAsked((n) => n + 1), []);
  return { ref, reveal };
}
