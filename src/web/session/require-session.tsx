import type { ReactNode } from 'react';
import type { AccountView } from '../../domain/api-contract.ts';
import { PageLayout } from '../components/page-layout.tsx';
import { Loading } from '../components/status-views.tsx';
import { Link } from '../routing/link.tsx';
import { useView } from '../view-context.tsx';
import { useSession } from './session-context.tsx';

/**
 * A screen only a signed-in user (or an admin) uses: a sign-in link that returns here for a
 * visitor, a plain refusal for a user without the role, else the screen for the user.
 */
export function RequireSession(props: {
  title: string;
  current: 'account' | 'admin-accounts' | 'admin-audit' | 'admin-outbox';
  role?: 'admin';
  children: (user: AccountView) => ReactNode;
}) {
  const { t, to, pathname, search } = useView();
  const session = useSession();
  const { user } = session;
  if (user !== null && (props.role === undefined || user.role === props.role)) {
    return <>{props.children(user)}</>;
  }
  const here = search.toString() === '' ? pathname : `${pathname}?${search.toString()}`;
  return (
    <PageLayout title={props.title} current={props.current}>
      <h1>{props.title}</h1>
      {session.status === 'loading' ? (
        <Loading />
      ) : user === null ? (
        <div className="status" role="status">
          <p>{t('signInRequired')}</p>
          <Link className="button" href={to({ page: 'signin' }, { next: here })}>
            {t('navSignIn')}
          </Link>
        </div>
      ) : (
        <p className="status status--error" role="alert">
          {t('adminOnly')}
        </p>
      )}
    </PageLayout>
  );
}
