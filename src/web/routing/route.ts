/** The app's screens, read off the URL path; everything else about a view is in the search params. */
export type Route =
  | { readonly page: 'plans' }
  | { readonly page: 'dashboard'; readonly planId: number }
  | { readonly page: 'table'; readonly planId: number }
  | { readonly page: 'kpi'; readonly planId: number; readonly code: string }
  | { readonly page: 'not-found' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { page: 'plans' };
  const [first, id, section, code] = parts;
  const planId = Number(id);
  if (first !== 'plans' || !Number.isInteger(planId) || planId <= 0) return { page: 'not-found' };
  if (section === undefined) return { page: 'dashboard', planId };
  if (section === 'table' && code === undefined) return { page: 'table', planId };
  if (section === 'kpis' && code !== undefined && parts.length === 4) {
    return { page: 'kpi', planId, code: decodeURIComponent(code) };
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
    case 'kpi':
      return `/plans/${route.planId}/kpis/${encodeURIComponent(route.code)}`;
  }
}
