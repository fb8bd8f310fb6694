import type { Kysely } from 'kysely';
import { enqueueMessages, hasRoundMessages, listEditors } from '../db/outbox-repository.ts';
import { findRoundById, listEntries, listOpenRounds } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { japanDay } from '../domain/japan-day.ts';
import type { RoundMessageKind } from '../domain/reminder-schedule.ts';
import { dueReminder } from '../domain/reminder-schedule.ts';
import type { Round } from '../domain/round.ts';
import { isOwed } from '../domain/round.ts';
import { roundMessage } from '../domain/round-reminder.ts';
import type { Store } from './database-handle.ts';

/** The editor's page of a round ("what I owe"), under the deployment's public address. */
export function roundPageUrl(publicUrl: string, planId: number, round: Round): string {
  return `${publicUrl}/plans/${planId}/rounds/${round.fiscalYear}`;
}

/**
 * One e-mail of the kind per editor still owing entries in the round (not started, a draft or
 * sent back), listing them, queued in the caller's transaction. An editor already sent this
 * kind for the round is not queued again (the outbox's unique key).
 */
export async function queueRoundMessages(
  trx: Kysely<Database>,
  input: {
    plan: { id: number; municipalityId: number; name: string };
    round: Round;
    kind: RoundMessageKind;
    publicUrl: string;
    now: Date;
  },
): Promise<number> {
  const { plan, round, kind, now } = input;
  const owedEntries = (await listEntries(trx, round.id)).filter((e) => isOwed(e.state));
  const messages = (await listEditors(trx, plan.municipalityId)).flatMap((editor) => {
    const owed = owedEntries.filter((e) => editor.departments.includes(e.department));
    if (owed.length === 0) return [];
    const text = roundMessage(kind, {
      planName: plan.name,
      fiscalYear: round.fiscalYear,
      dueDate: round.dueDate,
      url: roundPageUrl(input.publicUrl, plan.id, round),
      recipientName: editor.name,
      entries: owed,
    });
    return [
      {
        municipalityId: plan.municipalityId,
        roundId: round.id,
        kind,
        recipient: editor.email,
        ...text,
        sendAfter: now.toISOString(),
      },
    ];
  });
  return enqueueMessages(trx, messages, now.toISOString());
}

/**
 * Queues the reminders every open round owes on `now`'s day in Japan (dueReminder): before
 * the due date, and once overdue. Each round in its own write transaction that reads the
 * round again, so a round closed meanwhile queues nothing; two servers doing this at once
 * queue each message once (the outbox's unique key). Queued by the server itself: the
 * messages are the record, not the audit log. Returns how many messages were queued.
 */
export async function queueDueReminders(
  store: Store,
  settings: { publicUrl: string; reminderDays: number },
  now: Date,
): Promise<number> {
  const today = japanDay(now);
  let queued = 0;
  for (const { round, plan } of await listOpenRounds(store.db)) {
    const openedDay = japanDay(new Date(round.openedAt));
    const kind = dueReminder({ ...round, openedDay }, today, settings.reminderDays);
    if (kind === undefined || (await hasRoundMessages(store.db, round.id, kind))) continue;
    queued += await writeTransaction(store, async (trx) => {
      const current = await findRoundById(trx, round.id);
      if (current?.state !== 'open') return 0;
      return queueRoundMessages(trx, {
        plan,
        round: current,
        kind,
        publicUrl: settings.publicUrl,
        now,
      });
    });
  }
  return queued;
}
