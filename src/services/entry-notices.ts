import type { Kysely } from 'kysely';
import { enqueueMessages, listEditors } from '../db/outbox-repository.ts';
import type { Database } from '../db/tables.ts';
import type { EntryNoticeKind } from '../domain/entry-notice.ts';
import { entryNotice } from '../domain/entry-notice.ts';
import type { Round, RoundEntry } from '../domain/round.ts';
import { roundPageUrl } from './round-messages.ts';

/** An entry's page (its form, or what it holds read-only), under the deployment's address. */
export function entryPageUrl(
  publicUrl: string,
  planId: number,
  round: Round,
  entry: Pick<RoundEntry, 'code' | 'department'>,
): string {
  const page = `${roundPageUrl(publicUrl, planId, round)}/entries/${encodeURIComponent(entry.code)}`;
  return `${page}?department=${encodeURIComponent(entry.department)}`;
}

/**
 * Tells the editors of the moved entries' departments what became of them (returned with the
 * comment, reopened with the reason, approved): one e-mail per editor listing its entries,
 * queued in the move's transaction. A department without an editor account gets none (the
 * board flags it). Returns how many were queued.
 */
export async function queueEntryNotices(
  trx: Kysely<Database>,
  input: {
    plan: { id: number; municipalityId: number; name: string };
    round: Round;
    kind: EntryNoticeKind;
    entries: readonly RoundEntry[];
    note: string | null;
    publicUrl: string;
    now: Date;
  },
): Promise<number> {
  const { plan, round } = input;
  const messages = (await listEditors(trx, plan.municipalityId)).flatMap((editor) => {
    const own = input.entries.filter((e) => editor.departments.includes(e.department));
    const [first] = own;
    if (first === undefined) return [];
    const text = entryNotice(input.kind, {
      planName: plan.name,
      fiscalYear: round.fiscalYear,
      recipientName: editor.name,
      entries: own,
      note: input.note,
      url:
        own.length === 1
          ? entryPageUrl(input.publicUrl, plan.id, round, first)
          : roundPageUrl(input.publicUrl, plan.id, round),
    });
    return [
      {
        municipalityId: plan.municipalityId,
        roundId: null,
        entryId: first.id,
        kind: input.kind,
        recipient: editor.email,
        ...text,
        sendAfter: input.now.toISOString(),
      },
    ];
  });
  return enqueueMessages(trx, messages, input.now.toISOString());
}
