import type { StoredOutboxMessage } from '../../db/outbox-repository.ts';
import type { OutboxMessageView } from '../../domain/api-contract.ts';
import { deliveryState } from '../../domain/outbox-delivery.ts';

/** One e-mail of the outbox as an admin reads it, its delivery state worked out. */
export function presentOutboxMessage(message: StoredOutboxMessage): OutboxMessageView {
  return {
    id: message.id,
    kind: message.kind,
    planId: message.planId,
    fiscalYear: message.fiscalYear,
    recipient: message.recipient,
    subject: message.subject,
    body: message.body,
    state: deliveryState(message),
    attempts: message.attempts,
    lastError: message.lastError,
    createdAt: message.createdAt,
    sendAfter: message.sendAfter,
    sentAt: message.sentAt,
  };
}
