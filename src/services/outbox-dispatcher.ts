import { maskCredentials } from '../db/masked-credentials.ts';
import { claimDueMessages, markFailed, markSent } from '../db/outbox-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../domain/outbox-delivery.ts';
import type { Clock } from './clock.ts';
import type { Store } from './database-handle.ts';
import type { Mailer } from './mailer.ts';
import { queueDueReminders } from './round-messages.ts';

/** Messages claimed at a time: small, so a slow mail server cannot outlast the claim. */
const BATCH = 10;
/** How long a claim keeps other servers off a batch: longer than its attempts can take. */
const CLAIM_MS = 10 * 60_000;
/** Batches a pass sends at most; the next pass goes on. */
const MAX_BATCHES = 50;

export interface DispatchSettings {
  /** Where the links in the reminders point (MIERUKA_PUBLIC_URL). */
  readonly publicUrl: string;
  /** Days before the due date editors are reminded (MIERUKA_REMINDER_DAYS). */
  readonly reminderDays: number;
}

export interface DispatchResult {
  readonly queued: number;
  readonly sent: number;
  readonly failed: number;
}

/** Where the dispatcher reports: pino's logger fits. */
export interface DispatchLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Sends the messages due, a claimed batch at a time: claimed in a write transaction so no
 * other server sends them, sent, then marked sent; a failure is counted with its reason
 * (credentials masked) and the message retried after a pause that grows, until its attempts
 * are used up and it is left for an admin. A message is sent once, unless the server dies
 * between sending it and marking it (it is then sent again once its claim ends).
 */
async function sendDue(
  store: Store,
  mailer: Mailer,
  clock: Clock,
  log: DispatchLog | undefined,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const now = clock();
    const claimed = await writeTransaction(store, (trx) =>
      claimDueMessages(trx, store.kind, {
        now: now.toISOString(),
        claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString(),
        maxAttempts: MAX_DELIVERY_ATTEMPTS,
        limit: BATCH,
      }),
    );
    for (const message of claimed) {
      try {
        await mailer.send({ to: message.recipient, subject: message.subject, text: message.body });
      } catch (error) {
        const reason = maskCredentials(messageOf(error), mailer.secrets);
        const attempt = message.attempts + 1;
        const retryAt = new Date(clock().getTime() + retryDelayMs(attempt)).toISOString();
        await writeTransaction(store, (trx) =>
          markFailed(trx, message.id, { error: reason, retryAt }),
        );
        failed += 1;
        log?.warn(
          attempt >= MAX_DELIVERY_ATTEMPTS
            ? `e-mail ${message.id} to ${message.recipient} failed ${attempt} times; left in the outbox: ${reason}`
            : `e-mail ${message.id} to ${message.recipient} failed (attempt ${attempt}), retried from ${retryAt}: ${reason}`,
        );
        continue;
      }
      await writeTransaction(store, (trx) => markSent(trx, message.id, clock().toISOString()));
      sent += 1;
    }
    if (claimed.length < BATCH) break;
  }
  return { sent, failed };
}

/**
 * One pass of the outbox: queue the reminders due today (with or without a mail server, so a
 * city without one reads them in the outbox), then send what is due when there is a mailer.
 * @example await dispatchOutbox(store, mailer, { publicUrl, reminderDays: 7 }, systemClock);
 */
export async function dispatchOutbox(
  store: Store,
  mailer: Mailer | undefined,
  settings: DispatchSettings,
  clock: Clock,
  log?: DispatchLog,
): Promise<DispatchResult> {
  const queued = await queueDueReminders(store, settings, clock());
  if (queued > 0) log?.info(`queued ${queued} reminder e-mails`);
  if (mailer === undefined) return { queued, sent: 0, failed: 0 };
  return { queued, ...(await sendDue(store, mailer, clock, log)) };
}

export interface RunningDispatcher {
  /** Stops the timer and waits for a pass under way; nothing runs afterwards. */
  stop(): Promise<void>;
}

/**
 * Runs dispatchOutbox right after start and then every `intervalMs` after each pass ends (so
 * passes never overlap), until stopped. A pass that fails (the database unreachable) is
 * logged and the next one tries again: the outbox keeps every message meanwhile.
 */
export function startOutboxDispatcher(options: {
  readonly store: Store;
  readonly mailer: Mailer | undefined;
  readonly settings: DispatchSettings;
  readonly intervalMs: number;
  readonly clock: Clock;
  readonly log: DispatchLog;
}): RunningDispatcher {
  const { clock } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;
  const run = () => {
    timer = undefined;
    pass = dispatchOutbox(options.store, options.mailer, options.settings, clock, options.log)
      .then(
        () => undefined,
        (error: unknown) => {
          options.log.error(
            `the outbox pass failed; the next one retries: ${maskCredentials(messageOf(error))}`,
          );
        },
      )
      .finally(() => {
        pass = undefined;
        if (!stopped) timer = setTimeout(run, options.intervalMs);
      });
  };
  timer = setTimeout(run, 0);
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await pass;
    },
  };
}
