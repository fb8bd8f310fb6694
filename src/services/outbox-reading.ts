import { listOutbox } from '../db/outbox-repository.ts';
import type { Actor } from '../domain/access.ts';
import { adminRecordsScope } from '../domain/access.ts';
import type { OutboxMessageView } from '../domain/api-contract.ts';
import { presentOutboxMessage } from './presenters/outbox-presenter.ts';
import { requirePlanChange } from './access.ts';
import type { Store } from './database-handle.ts';
import { ForbiddenError } from './service-errors.ts';

export interface OutboxQuery {
  /** Only these plans' messages (the command line's --plan may name one per municipality). */
  readonly planIds?: readonly number[];
  /** Only the messages not sent yet: pending, or given up after every attempt. */
  readonly unsentOnly?: boolean;
  readonly limit: number;
}

/**
 * The outbox as an admin reads it: its own municipality's messages only, newest first, each
 * with its delivery state. The operator (`mieruka outbox`) reads every municipality's.
 */
export async function readOutbox(
  store: Store,
  actor: Actor,
  query: OutboxQuery,
): Promise<OutboxMessageView[]> {
  for (const planId of query.planIds ?? []) await requirePlanChange(store.db, actor, planId);
  const scope = adminRecordsScope(actor);
  if (!scope.allowed) {
    throw new ForbiddenError(
      scope.signedIn ? 'only an admin reads the outbox' : 'sign in as an admin to read the outbox',
    );
  }
  const municipalityId = scope.municipalityId ?? undefined;
  const messages = await listOutbox(store.db, {
    limit: query.limit,
    ...(municipalityId === undefined ? {} : { municipalityId }),
    ...(query.planIds === undefined ? {} : { planIds: query.planIds }),
    ...(query.unsentOnly ? { unsentOnly: true } : {}),
  });
  return messages.map(presentOutboxMessage);
}
