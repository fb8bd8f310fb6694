import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** An e-mail to send, as written in the transaction of the event that causes it. */
export interface OutboxMessage {
  readonly municipalityId: number;
  readonly roundId: number | null;
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** ISO 8601: not before this instant (a reminder days before the due date). */
  readonly sendAfter: string;
}

export interface StoredOutboxMessage extends OutboxMessage {
  readonly id: number;
  readonly createdAt: string;
  readonly attempts: number;
  readonly sentAt: string | null;
}

/**
 * Queues messages in the caller's transaction: they exist exactly when the event does. A
 * message is unique per round, kind and recipient, so an event replayed queues nothing twice.
 */
export async function enqueueMessages(
  trx: Kysely<Database>,
  messages: readonly OutboxMessage[],
  now: string,
): Promise<void> {
  for (let i = 0; i < messages.length; i += 200) {
    await trx
      .insertInto('outbox')
      .values(
        messages.slice(i, i + 200).map((m) => ({
          municipality_id: m.municipalityId,
          round_id: m.roundId,
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
      .execute();
  }
}

/** A municipality's outbox, oldest first (shown to admins when no SMTP server is configured). */
export async function listOutbox(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<StoredOutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    municipalityId: r.municipality_id,
    roundId: r.round_id,
    kind: r.kind,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    sendAfter: r.send_after,
    createdAt: r.created_at,
    attempts: r.attempts,
    sentAt: r.sent_at,
  }));
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
