import type { ReactNode } from 'react';
import { useEffect } from 'react';
import type { PlanSummaryView } from '../../domain/api-contract.ts';
import { Link } from '../routing/link.tsx';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';
import { planTitle } from '../format/plan-title.ts';
import { SessionBar } from './session-bar.tsx';
import { useFeedLink } from './use-feed-link.ts';

/** The screen a page is, for the header to mark its link (aria-current). */
export type CurrentScreen =
  | 'dashboard'
  | 'table'
  | 'plan-admin'
  | 'rounds'
  | 'my-rounds'
  | 'signin'
  | 'account'
  | 'admin-accounts'
  | 'admin-audit'
  | 'admin-outbox'
  | 'admin-import';

/**
 * The frame of every screen: skip link, header with the plan's navigation (and an admin's
 * pages), the language switch and the session, and the main region. Sets the document title
 * and language.
 */
export function PageLayout(props: {
  title: string;
  plan?: PlanSummaryView | undefined;
  current?: CurrentScreen | undefined;
  /** Use the whole window width (the progress table). */
  wide?: boolean;
  /** A public page of the plan (dashboard, table, KPI): its head names the plan's Atom feed. */
  feed?: boolean;
  children: ReactNode;
}) {
  const { t, lang, here, to } = useView();
  const { user } = useSession();
  const { plan } = props;
  useEffect(() => {
    document.title = `${props.title} | ${t('appName')}`;
    document.documentElement.lang = lang;
  }, [props.title, lang, t]);
  useFeedLink(
    props.feed && plan ? plan.id : null,
    plan ? `${planTitle(plan)} ${t('downloadFeed')}` : '',
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__brand" href={to({ page: 'plans' })}>
            {t('appName')}
          </Link>
          {plan && <span className="site-header__plan">{planTitle(plan)}</span>}
          <nav className="site-nav" aria-label={t('mainNav')}>
            <ul>
              <li>
                <Link href={to({ page: 'plans' })}>{t('navPlans')}</Link>
              </li>
              {plan && (
                <>
                  <li>
                    <Link
                      href={to({ page: 'dashboard', planId: plan.id })}
                      aria-current={props.current === 'dashboard' ? 'page' : undefined}
                    >
                      {t('navDashboard')}
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={to({ page: 'table', planId: plan.id })}
                      aria-current={props.current === 'table' ? 'page' : undefined}
                    >
                      {t('navTable')}
                    </Link>
                  </li>
                  {user !== null && user.municipality.id === plan.municipality.id && (
                    <li>
                      <Link
                        href={to({ page: 'rounds', planId: plan.id })}
                        aria-current={props.current === 'rounds' ? 'page' : undefined}
                      >
                        {t('navRounds')}
                      </Link>
                    </li>
                  )}
                  {user?.role === 'admin' && user.municipality.id === plan.municipality.id && (
                    <li>
                      <Link
                        href={to({ page: 'plan-admin', planId: plan.id })}
                        aria-current={props.current === 'plan-admin' ? 'page' : undefined}
                      >
                        {t('navPlanAdmin')}
                      </Link>
                    </li>
                  )}
                </>
              )}
              {user?.role === 'editor' && (
                <li>
                  <Link
                    href={to({ page: 'my-rounds' })}
                    aria-current={props.current === 'my-rounds' ? 'page' : undefined}
                  >
                    {t('navMyRounds')}
                  </Link>
                </li>
              )}
              {user?.role === 'admin' && (
                <>
                  <li>
                    <Link
                      href={to({ page: 'admin-accounts' })}
                      aria-current={props.current === 'admin-accounts' ? 'page' : undefined}
                    >
                      {t('navAdminAccounts')}
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={to({ page: 'admin-audit' })}
                      aria-current={props.current === 'admin-audit' ? 'page' : undefined}
                    >
                      {t('navAdminAudit')}
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={to({ page: 'admin-outbox' })}
                      aria-current={props.current === 'admin-outbox' ? 'page' : undefined}
                    >
                      {t('navAdminOutbox')}
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={to({ page: 'admin-import' })}
                      aria-current={props.current === 'admin-import' ? 'page' : undefined}
                    >
                      {t('navAdminImport')}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <Link
            className="lang-switch"
            href={here({ lang: lang === 'ja' ? 'en' : null })}
            lang={lang === 'ja' ? 'en' : 'ja'}
            aria-label={`${t('language')}: ${lang === 'ja' ? t('switchToEnglish') : t('switchToJapanese')}`}
          >
            {lang === 'ja' ? t('switchToEnglish') : t('switchToJapanese')}
          </Link>
          <SessionBar current={props.current === 'account'} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={props.wide ? 'main main--wide' : 'main'}>
        {user?.passwordTemporary === true && props.current !== 'account' && (
          <p className="status password-banner no-print" role="status">
            {t('passwordTemporaryBanner')}{' '}
            <Link href={to({ page: 'account' })}>{t('passwordTemporaryLink')}</Link>
          </p>
        )}
        {props.children}
      </main>
    </>
  );
}
