/** The app's screens, read off the URL path; everything else about a view is in the search params. */
export type Route =
  | { readonly page: 'plans' }
  | { readonly page: 'dashboard'; readonly planId: number }
  | { readonly page: 'table'; readonly planId: number }
  | { readonly page: 'plan-admin'; readonly planId: number }
  | { readonly page: 'updates'; readonly planId: number }
  | { readonly page: 'kpi'; readonly planId: number; readonly code: string }
  | { readonly page: 'my-rounds' }
  | { readonly page: 'rounds'; readonly planId: number }
  | { readonly page: 'round'; readonly planId: number; readonly fy: number }
  | {
      readonly page: 'entry';
      readonly planId: number;
      readonly fy: number;
      readonly code: string;
    }
  | { readonly page: 'signin' }
  | { readonly page: 'account' }
  | { readonly page: 'admin-accounts' }
  | { readonly page: 'admin-audit' }
  | { readonly page: 'admin-outbox' }
  | { readonly page: 'admin-import' }
  | { readonly page: 'not-found' };

/** Screens with a fixed path of their own. */
const FIXED: Readonly<Record<string, Route>> = {
  signin: { page: 'signin' },
  rounds: { page: 'my-rounds' },
  account: { page: 'account' },
  'admin/accounts': { page: 'admin-accounts' },
  'admin/audit': { page: 'admin-audit' },
  'admin/outbox': { page: 'admin-outbox' },
  'admin/import': { page: 'admin-import' },
};

/** A path segment decoded, or null where it is not valid percent-encoding (%E0%A4%A). */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { page: 'plans' };
  const fixed = FIXED[parts.join('/')];
  if (fixed !== undefined) return fixed;
  const [first, id, section, code] = parts;
  const planId = Number(id);
  if (first !== 'plans' || !Number.isInteger(planId) || planId <= 0) return { page: 'not-found' };
  if (section === undefined) return { page: 'dashboard', planId };
  if (section === 'table' && code === undefined) return { page: 'table', planId };
  if (section === 'admin' && code === undefined) return { page: 'plan-admin', planId };
  if (section === 'updates' && code === undefined) return { page: 'updates', planId };
  if (section === 'kpis' && code !== undefined && parts.length === 4) {
    const decoded = decodedSegment(code);
    return decoded === null ? { page: 'not-found' } : { page: 'kpi', planId, code: decoded };
  }
  if (section === 'rounds') return roundRoute(planId, parts.slice(3));
  return { page: 'not-found' };
}

/** /plans/1/rounds, /plans/1/rounds/2024, /plans/1/rounds/2024/entries/⑦ */
function roundRoute(planId: number, rest: readonly string[]): Route {
  const [year, entries, code] = rest;
  if (year === undefined) return { page: 'rounds', planId };
  const fy = Number(year);
  if (!/^\d{4}$/.test(year) || !Number.isInteger(fy)) return { page: 'not-found' };
  if (entries === undefined) return { page: 'round', planId, fy };
  if (entries === 'entries' && code !== undefined && rest.length === 3) {
    const decoded = decodedSegment(code);
    return decoded === null ? { page: 'not-found' } : { page: 'entry', planId, fy, code: decoded };
  }
  return { page: 'not-found' };
}

export function routePath(route: Route): string {
  switch (route.page) {
    case 'plans':
    case 'not-found':
      return '/';
    case 'dashboard':
      return `/plans/${route.planId}`;
    case 'table':
      return `/plans/${route.planId}/table`;
    case 'plan-admin':
      return `/plans/${route.planId}/admin`;
    case 'updates':
      return `/plans/${route.planId}/updates`;
    case 'kpi':
      return `/plans/${route.planId}/kpis/${encodeURIComponent(route.code)}`;
    case 'my-rounds':
      return '/rounds';
    case 'rounds':
      return `/plans/${route.planId}/rounds`;
    case 'round':
      return `/plans/${route.planId}/rounds/${route.fy}`;
    case 'entry':
      return `/plans/${route.planId}/rounds/${route.fy}/entries/${encodeURIComponent(route.code)}`;
    case 'signin':
      return '/signin';
    case 'account':
      return '/account';
    case 'admin-accounts':
      return '/admin/accounts';
    case 'admin-audit':
      return '/admin/audit';
    case 'admin-outbox':
      return '/admin/outbox';
    case 'admin-import':
      return '/admin/import';
  }
}
