import { useMutation } from '../api/use-mutation.ts';
import { ROLE_LABEL } from '../format/role-label.ts';
import { Link } from '../routing/link.tsx';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';

/**
 * The header's corner for the session: the signed-in user's name and role (to the account
 * page) and a sign-out button, or a sign-in link that returns to this screen.
 */
export function SessionBar(props: { current: boolean }) {
  const { t, to, pathname, search } = useView();
  const session = useSession();
  const { perform, outcome } = useMutation(() => t('signOutFailed'));
  if (session.status === 'loading') return <div className="session-bar" data-session="loading" />;
  const { user } = session;
  if (user === null) {
    const here = search.toString() === '' ? pathname : `${pathname}?${search.toString()}`;
    return (
      <div className="session-bar" data-session="signed-out">
        {pathname !== '/signin' && (
          <Link className="session-bar__signin" href={to({ page: 'signin' }, { next: here })}>
            {t('navSignIn')}
          </Link>
        )}
      </div>
    );
  }
  const signOut = async () => {
    if ((await perform(session.signOut, () => null)).ok) {
      document.getElementById('main')?.focus({ preventScroll: true });
    }
  };
  return (
    <div className="session-bar" data-session="signed-in" role="group" aria-label={t('sessionNav')}>
      <Link
        className="session-bar__user"
        href={to({ page: 'account' })}
        aria-current={props.current ? 'page' : undefined}
      >
        {t('sessionUser', { name: user.name, role: t(ROLE_LABEL[user.role]) })}
      </Link>
      <button type="button" className="button button--secondary button--small" onClick={signOut}>
        {t('navSignOut')}
      </button>
      {outcome?.kind === 'error' && (
        <span role="alert" className="field__error">
          {outcome.text}
        </span>
      )}
    </div>
  );
}
