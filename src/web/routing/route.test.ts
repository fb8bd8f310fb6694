import { describe, expect, it } from 'vitest';
import type { Route } from './route.ts';
import { parseRoute, routePath } from './route.ts';

describe('parseRoute and routePath', () => {
  const routes: Route[] = [
    { page: 'plans' },
    { page: 'dashboard', planId: 1 },
    { page: 'table', planId: 1 },
    { page: 'plan-admin', planId: 1 },
    { page: 'updates', planId: 1 },
    { page: 'kpi', planId: 1, code: '⑦' },
    { page: 'my-rounds' },
    { page: 'rounds', planId: 1 },
    { page: 'round', planId: 1, fy: 2024 },
    { page: 'entry', planId: 1, fy: 2024, code: '⑦' },
    { page: 'signin' },
    { page: 'account' },
    { page: 'admin-accounts' },
    { page: 'admin-audit' },
    { page: 'admin-outbox' },
    { page: 'admin-import' },
  ];

  it('reads back every path it writes', () => {
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });

  it('takes a trailing slash and refuses unknown paths', () => {
    expect(parseRoute('/admin/audit/')).toEqual({ page: 'admin-audit' });
    expect(parseRoute('/admin')).toEqual({ page: 'not-found' });
    expect(parseRoute('/admin/other')).toEqual({ page: 'not-found' });
    expect(parseRoute('/plans/0')).toEqual({ page: 'not-found' });
    expect(parseRoute('/plans/1/rounds/R6')).toEqual({ page: 'not-found' });
    expect(parseRoute('/plans/1/rounds/2024/entries')).toEqual({ page: 'not-found' });
  });

  it('takes a malformed KPI address for a page not found instead of throwing', () => {
    expect(parseRoute('/plans/1/kpis/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(parseRoute('/plans/1/rounds/2024/entries/%E0%A4%A')).toEqual({ page: 'not-found' });
  });
});
