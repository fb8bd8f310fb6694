import { PageLayout } from './components/page-layout.tsx';
import { EmptyView } from './components/status-views.tsx';
import { DashboardPage } from './pages/dashboard/dashboard-page.tsx';
import { KpiPage } from './pages/kpi/kpi-page.tsx';
import { PlanListPage } from './pages/plan-list/plan-list-page.tsx';
import { ProgressTablePage } from './pages/progress-table/progress-table-page.tsx';
import { useLocation } from './routing/location.ts';
import { parseRoute } from './routing/route.ts';
import { useView, ViewProvider } from './view-context.tsx';

function NotFound() {
  const { t } = useView();
  return (
    <PageLayout title={t('errorNotFound')}>
      <h1>{t('errorNotFound')}</h1>
      <EmptyView message={t('errorNotFound')} />
    </PageLayout>
  );
}

function Screen(props: { pathname: string }) {
  const route = parseRoute(props.pathname);
  switch (route.page) {
    case 'plans':
      return <PlanListPage />;
    case 'dashboard':
      return <DashboardPage planId={route.planId} />;
    case 'table':
      return <ProgressTablePage planId={route.planId} />;
    case 'kpi':
      return <KpiPage key={route.code} planId={route.planId} code={route.code} />;
    case 'not-found':
      return <NotFound />;
  }
}

/** The app: the screen for the URL's path, with the view (language, params) from its search. */
export function App() {
  const { pathname, search } = useLocation();
  return (
    <ViewProvider pathname={pathname} search={search}>
      <Screen pathname={pathname} />
    </ViewProvider>
  );
}
