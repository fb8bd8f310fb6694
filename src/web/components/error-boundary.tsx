import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { useView } from '../view-context.tsx';
import { PageLayout } from './page-layout.tsx';

/** What a screen that failed to render shows instead of a blank window: in the reader's words. */
function CrashView() {
  const { t, to } = useView();
  return (
    <PageLayout title={t('crashTitle')}>
      <h1>{t('crashTitle')}</h1>
      <div className="status status--error" role="alert">
        <p>{t('crashText')}</p>
        <p className="status__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('crashReload')}
          </button>{' '}
          <a className="button" href={to({ page: 'plans' })}>
            {t('notFoundBack')}
          </a>
        </p>
      </div>
    </PageLayout>
  );
}

/**
 * Catches a screen's render error so the app never goes blank; `resetKey` (the address) starts
 * afresh when the reader goes elsewhere.
 */
export class ErrorBoundary extends Component<
  { readonly resetKey: string; readonly children: ReactNode },
  { readonly failedAt: string | null }
> {
  override state: { readonly failedAt: string | null } = { failedAt: null };

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: '' };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the one place a reader's failure is seen by whoever helps them.
    console.error(error, info.componentStack);
    this.setState({ failedAt: this.props.resetKey });
  }

  override componentDidUpdate(previous: { readonly resetKey: string }): void {
    if (this.state.failedAt !== null && previous.resetKey !== this.props.resetKey) {
      this.setState({ failedAt: null });
    }
  }

  override render(): ReactNode {
    return this.state.failedAt === null ? this.props.children : <CrashView />;
  }
}
