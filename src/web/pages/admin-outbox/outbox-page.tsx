import type { OutboxView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { navigate } from '../../routing/location.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { OutboxMessage } from './outbox-message.tsx';

/**
 * The admin's outbox: the e-mails to editors (a round's opening, reminders, overdue notices),
 * whether the server sends them, and each one's text, so a city without a mail server copies
 * them into its own mail program.
 */
export function OutboxPage() {
  const { t, search } = useView();
  const title = t('outboxTitle');
  const pending = search.get('pending') === '1';
  return (
    <RequireSession title={title} current="admin-outbox" role="admin">
      {() => (
        <PageLayout title={title} current="admin-outbox">
          <h1>{title}</h1>
          <OutboxMessages key={String(pending)} pending={pending} />
        </PageLayout>
      )}
    </RequireSession>
  );
}

function OutboxMessages(props: { pending: boolean }) {
  const { t, here } = useView();
  const { state, reload } = useApi<OutboxView>(apiPaths.outbox(props.pending));
  if (state.status !== 'ok') return <Pending state={state} onRetry={reload} />;
  const { smtpConfigured, from, messages } = state.data;
  return (
    <>
      <p
        className={`status outbox-notice${smtpConfigured ? '' : ' outbox-notice--off'}`}
        data-smtp={smtpConfigured ? 'on' : 'off'}
      >
        {smtpConfigured ? t('outboxSmtpOn', { from }) : t('outboxSmtpOff')}
      </p>
      <div className="filters">
        <label>
          <input
            type="checkbox"
            checked={props.pending}
            onChange={(event) => navigate(here({ pending: event.target.checked ? '1' : null }))}
          />{' '}
          {t('outboxPendingOnly')}
        </label>
      </div>
      {messages.length === 0 ? (
        <EmptyView message={t('outboxEmpty')} />
      ) : (
        <section className="section" aria-label={t('outboxTitle')}>
          <p className="result-count" role="status">
            {t('outboxShown', { count: messages.length })}
          </p>
          {messages.map((message) => (
            <OutboxMessage key={message.id} message={message} />
          ))}
        </section>
      )}
    </>
  );
}
