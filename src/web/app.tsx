import { ErrorBoundary } from './components/error-boundary.tsx';
import { PageLayout } from './components/page-layout.tsx';
import { EmptyView } from './components/status-views.tsx';
import { AccountPage } from './pages/account/account-page.tsx';
import { AccountsPage } from './pages/admin-accounts/accounts-page.tsx';
import { AuditPage } from './pages/admin-audit/audit-page.tsx';
import { OutboxPage } from './pages/admin-outbox/outbox-page.tsx';
import { ImportPage } from './pages/admin-import/import-page.tsx';
import { PlanAdminPage } from './pages/plan-admin/plan-admin-page.tsx';
import { UpdatesPage } from './pages/updates/updates-page.tsx';
import { DashboardPage } from './pages/dashboard/dashboard-page.tsx';
import { KpiPage } from './pages/kpi/kpi-page.tsx';
import { PlanListPage } from './pages/plan-list/plan-list-page.tsx';
import { ProgressTablePage } from './pages/progress-table/progress-table-page.tsx';
import { SignInPage } from './pages/signin/signin-page.tsx';
import { EntryPage } from './pages/entry/entry-page.tsx';
import { RoundPage } from './pages/round/round-page.tsx';
import { MyRoundsPage } from './pages/rounds/my-rounds-page.tsx';
import { PlanRoundsPage } from './pages/rounds/plan-rounds-page.tsx';
import { Link } from './routing/link.tsx';
import { useLocation } from './routing/location.ts';
import { parseRoute } from './routing/route.ts';
import { SessionProvider, useSession } from './session/session-context.tsx';
import { useView, ViewProvider } from './view-context.tsx';

/** An address the app has no screen for (or a malformed one): a 404 page in the reader's words. */
function NotFound() {
  const { t, to } = useView();
  return (
    <PageLayout title={t('notFoundTitle')}>
      <h1>{t('notFoundTitle')}</h1>
      <EmptyView message={t('notFoundText')} />
      <p>
        <Link className="button" href={to({ page: 'plans' })}>
          {t('notFoundBack')}
        </Link>
      </p>
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
    case 'plan-admin':
      return <PlanAdminPage planId={route.planId} />;
    case 'updates':
      return <UpdatesPage planId={route.planId} />;
    case 'kpi':
      return <KpiPage key={route.code} planId={route.planId} code={route.code} />;
    case 'my-rounds':
      return <MyRoundsPage />;
    case 'rounds':
      return <PlanRoundsPage planId={route.planId} />;
    case 'round':
      return <RoundPage key={route.fy} planId={route.planId} fy={route.fy} />;
    case 'entry':
      return (
        <EntryPage
          key={`${route.fy}-${route.code}`}
          planId={route.planId}
          fy={route.fy}
          code={route.code}
        />
      );
    case 'signin':
      return <SignInPage />;
    case 'account':
      return <AccountPage />;
    case 'admin-accounts':
      return <AccountsPage />;
    case 'admin-audit':
      return <AuditPage />;
    case 'admin-outbox':
      return <OutboxPage />;
    case 'admin-import':
      return <ImportPage />;
    case 'not-found':
      return <NotFound />;
  }
}

/** The screen, loaded afresh after each sign-in and sign-out (members see more than visitors). */
function SessionScreen(props: { pathname: string }) {
  const { generation } = useSession();
  return <Screen key={generation} pathname={props.pathname} />;
}

/**
 * The app: the screen for the URL's path, with the view (language, params) from its search and
 * the signed-in user, if any.
 */
export function App() {
  const { pathname, search } = useLocation();
  return (
    <ViewProvider pathname={pathname} search={search}>
      <SessionProvider>
        <ErrorBoundary resetKey={`${pathname}?${search.toString()}`}>
          <SessionScreen pathname={pathname} />
        </ErrorBoundary>
      </SessionProvider>
    </ViewProvider>
  );
}
