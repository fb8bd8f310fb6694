import type { Role } from '../../domain/access.ts';

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

/**
 * Where a user lands after signing in: the screen it came from, except that an editor coming
 * from the plan list (or from nowhere in particular) lands on what it owes (入力依頼).
 */
export function landingPath(next: string | null, role: Role): string {
  const back = returnPath(next);
  return role === 'editor' && (back === '/' || back.startsWith('/?')) ? '/rounds' : back;
}
