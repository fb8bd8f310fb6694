import type { OutboxMessageView } from '../../../domain/api-contract.ts';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { outboxKindText, outboxStateText } from './outbox-labels.ts';

/** One e-mail: to whom, what for, whether it went out, and its whole text to copy. */
export function OutboxMessage(props: { message: OutboxMessageView }) {
  const { t, lang } = useView();
  const { message } = props;
  const bodyId = `outbox-body-${message.id}`;
  return (
    <article className="card outbox-message" data-state={message.state}>
      <h2 className="outbox-message__subject">{message.subject}</h2>
      <dl className="outbox-message__facts">
        <div>
          <dt>{t('outboxTo')}</dt>
          <dd>{message.recipient}</dd>
        </div>
        <div>
          <dt>{t('outboxKind')}</dt>
          <dd>
            {outboxKindText(message.kind, t)}
            {message.fiscalYear !== null && ` · ${yearLabel(message.fiscalYear, lang)}`}
          </dd>
        </div>
        <div>
          <dt>{t('outboxState')}</dt>
          <dd className={`outbox-state outbox-state--${message.state}`}>
            {outboxStateText(message, t, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('outboxCreated')}</dt>
          <dd>
            <time dateTime={message.createdAt}>{dateTimeText(message.createdAt, lang)}</time>
          </dd>
        </div>
        {message.lastError !== null && (
          <div>
            <dt>{t('outboxLastError')}</dt>
            <dd>{message.lastError}</dd>
          </div>
        )}
      </dl>
      <h3 className="visually-hidden" id={bodyId}>
        {t('outboxBody')}
      </h3>
      <pre className="outbox-message__body" aria-labelledby={bodyId}>
        {message.body}
      </pre>
    </article>
  );
}
