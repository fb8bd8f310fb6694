import type { ExpressionBuilder, Kysely } from 'kysely';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { DatabaseKind } from './database-kind.ts';
import type { Database } from './tables.ts';

/** An e-mail to send, as written in the transaction of the event that causes it. */
export interface OutboxMessage {
  readonly municipalityId: number;
  readonly roundId: number | null;
  /**
   * The entry a notice tells of (returned, reopened, approved: roundId null, so the unique key
   * per round, kind and recipient leaves such notices alone); absent for the round's e-mails.
   */
  readonly entryId?: number | null;
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** ISO 8601: not before this instant (a reminder days before the due date). */
  readonly sendAfter: string;
}

export interface StoredOutboxMessage extends OutboxMessage {
  readonly id: number;
  /** The plan and fiscal year of the message's round, when it belongs to one. */
  readonly planId: number | null;
  readonly fiscalYear: FiscalYear | null;
  readonly createdAt: string;
  readonly attempts: number;
  /** Why the last attempt failed, credentials masked. */
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

/** A message a server has claimed to send: no other server sends it before the claim ends. */
export interface ClaimedMessage {
  readonly id: number;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly attempts: number;
}

/**
 * Queues messages in the caller's transaction: they exist exactly when the event does. A
 * message is unique per round, kind and recipient, so an event replayed — or a reminder two
 * servers queue at once — queues nothing twice: the second is "already queued", not an error.
 * Returns how many were new.
 */
export async function enqueueMessages(
  trx: Kysely<Database>,
  messages: readonly OutboxMessage[],
  now: string,
): Promise<number> {
  let queued = 0;
  for (let i = 0; i < messages.length; i += 200) {
    const result = await trx
      .insertInto('outbox')
      .values(
        messages.slice(i, i + 200).map((m) => ({
          municipality_id: m.municipalityId,
          round_id: m.roundId,
          entry_id: m.entryId ?? null,
          kind: m.kind,
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
          created_at: now,
          send_after: m.sendAfter,
          claimed_until: null,
          last_error: null,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['round_id', 'kind', 'recipient']).doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}

/**
 * Claims up to `limit` messages due at `now` (not sent, not claimed or the claim ended, with
 * attempts left) until `claimedUntil`, in the caller's write transaction. Each row is taken
 * by an UPDATE that repeats the conditions and counts as claimed only when it changed the row,
 * so of two servers racing for a message exactly one gets it: on SQLite the write transaction
 * holds the lock; on PostgreSQL the second UPDATE waits for the first, then finds the row
 * claimed (and `skip locked` lets it pass over rows another server is claiming).
 */
export async function claimDueMessages(
  trx: Kysely<Database>,
  kind: DatabaseKind,
  input: { now: string; claimedUntil: string; maxAttempts: number; limit: number },
): Promise<ClaimedMessage[]> {
  const claimable = (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([
      eb('sent_at', 'is', null),
      eb('attempts', '<', input.maxAttempts),
      eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', input.now)]),
    ]);
  let candidates = trx
    .selectFrom('outbox')
    .select(['id', 'recipient', 'subject', 'body', 'attempts'])
    .where(claimable)
    .where('send_after', '<=', input.now)
    .orderBy('send_after')
    .orderBy('id')
    .limit(input.limit);
  if (kind === 'postgres') candidates = candidates.forUpdate().skipLocked();
  const claimed: ClaimedMessage[] = [];
  for (const message of await candidates.execute()) {
    const result = await trx
      .updateTable('outbox')
      .set({ claimed_until: input.claimedUntil })
      .where('id', '=', message.id)
      .where(claimable)
      .executeTakeFirst();
    if (result.numUpdatedRows === 1n) claimed.push(message);
  }
  return claimed;
}

/** The message went out: it is never claimed again. */
export async function markSent(trx: Kysely<Database>, id: number, now: string): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ sent_at: now, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** An attempt failed: counted, its reason kept, and the message due again at `retryAt`. */
export async function markFailed(
  trx: Kysely<Database>,
  id: number,
  input: { error: string; retryAt: string },
): Promise<void> {
  await trx
    .updateTable('outbox')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: input.error.slice(0, 2000),
      send_after: input.retryAt,
      claimed_until: null,
    }))
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute();
}

export interface OutboxFilter {
  /** One municipality's messages; every municipality's when not given (the command line). */
  readonly municipalityId?: number;
  /** Only the messages of these plans' rounds. */
  readonly planIds?: readonly number[];
  /** Only the messages not sent yet (pending or given up). */
  readonly unsentOnly?: boolean;
  readonly limit: number;
}

/** The outbox, newest first: what was sent, what waits, what failed and why. */
export async function listOutbox(
  db: Kysely<Database>,
  filter: OutboxFilter,
): Promise<StoredOutboxMessage[]> {
  // A round's e-mail names its round; an entry's notice its entry, whose round it is.
  let query = db
    .selectFrom('outbox')
    .leftJoin('round_entries', 'round_entries.id', 'outbox.entry_id')
    .leftJoin('rounds', (join) =>
      join.on((eb) =>
        eb.or([
          eb('rounds.id', '=', eb.ref('outbox.round_id')),
          eb('rounds.id', '=', eb.ref('round_entries.round_id')),
        ]),
      ),
    )
    .selectAll('outbox')
    .select(['rounds.plan_id', 'rounds.fiscal_year'])
    .orderBy('outbox.id', 'desc')
    .limit(filter.limit);
  if (filter.municipalityId !== undefined) {
    query = query.where('outbox.municipality_id', '=', filter.municipalityId);
  }
  if (filter.planIds !== undefined) {
    if (filter.planIds.length === 0) return [];
    query = query.where('rounds.plan_id', 'in', [...filter.planIds]);
  }
  if (filter.unsentOnly) query = query.where('outbox.sent_at', 'is', null);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    municipalityId: r.municipality_id,
    roundId: r.round_id,
    entryId: r.entry_id,
    planId: r.plan_id,
    fiscalYear: r.fiscal_year === null ? null : fiscalYear(r.fiscal_year),
    kind: r.kind,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    sendAfter: r.send_after,
    createdAt: r.created_at,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at,
  }));
}

/** Whether messages of this kind were queued for the round already (a reminder goes out once). */
export async function hasRoundMessages(
  db: Kysely<Database>,
  roundId: number,
  kind: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('round_id', '=', roundId)
    .where('kind', '=', kind)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The active editors of a municipality with their departments, to tell each what it owes. */
export async function listEditors(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<{ email: string; name: string; departments: string[] }[]> {
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('account_departments', 'account_departments.account_id', 'accounts.id')
    .select([
      'accounts.id',
      'accounts.email',
      'accounts.display_name',
      'account_departments.department',
    ])
    .where('accounts.municipality_id', '=', municipalityId)
    .where('accounts.role', '=', 'editor')
    .where('accounts.disabled', '=', 0)
    .orderBy('accounts.id')
    .orderBy('account_departments.department')
    .execute();
  const editors = new Map<number, { email: string; name: string; departments: string[] }>();
  for (const r of rows) {
    const editor = editors.get(r.id) ?? { email: r.email, name: r.display_name, departments: [] };
    editor.departments.push(r.department);
    editors.set(r.id, editor);
  }
  return [...editors.values()];
}
