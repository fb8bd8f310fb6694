import type { OutboxMessageView } from '../../../domain/api-contract.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { dateTimeText } from '../../format/date-time.ts';

const KIND_LABELS: Readonly<Record<string, MessageKey>> = {
  'round.open': 'outboxKindOpen',
  'round.reminder': 'outboxKindReminder',
  'round.overdue': 'outboxKindOverdue',
  'entry.returned': 'outboxKindReturned',
  'entry.reopened': 'outboxKindReopened',
  'entry.approved': 'outboxKindApproved',
};

/** What the e-mail is for, in the reader's language; an unknown kind as stored. */
export function outboxKindText(kind: string, t: Translate): string {
  const key = KIND_LABELS[kind];
  return key === undefined ? kind : t(key);
}

/** Sent (when), waiting (after how many failures, until when), or given up. */
export function outboxStateText(message: OutboxMessageView, t: Translate, lang: Lang): string {
  switch (message.state) {
    case 'sent':
      return t('outboxStateSent', { at: dateTimeText(message.sentAt ?? message.createdAt, lang) });
    case 'failed':
      return t('outboxStateFailed', { attempts: message.attempts });
    case 'pending':
      return message.attempts === 0
        ? t('outboxStatePending')
        : t('outboxStateRetrying', {
            attempts: message.attempts,
            at: dateTimeText(message.sendAfter, lang),
          });
  }
}
