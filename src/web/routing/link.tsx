import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './location.ts';

/** An anchor that moves inside the app without a reload; a modified click opens a new tab as usual. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(props.href);
    window.scrollTo(0, 0);
    // Like a page load, the new screen starts at its main content for keyboard and screen readers.
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return <a {...rest} onClick={handle} />;
}
