/**
 * Where sign-in returns to: a path of this app from the `next` param, never another site
 * (`//evil.example`, `/\evil.example` and absolute URLs fall back to the plan list).
 */
export function returnPath(next: string | null): string {
  if (next === null || !next.startsWith('/')) return '/';
  if (next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/signin')) return '/';
  return next;
}
