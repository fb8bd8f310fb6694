/*
 * How the outbox's e-mails are delivered: retried with a growing pause while the mail server
 * is down, and left for an admin to read once the attempts are used up.
 */

/** Attempts before a message is given up (about six hours of retries with the pauses below). */
export const MAX_DELIVERY_ATTEMPTS = 12;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 3_600_000;

export const DELIVERY_STATES = ['pending', 'sent', 'failed'] as const;
/** pending: not sent yet (perhaps retrying); sent; failed: attempts used up, left for an admin. */
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The pause after the nth failed attempt: a minute, doubling, at most an hour.
 * @example retryDelayMs(1) // 60_000; retryDelayMs(3) // 240_000; retryDelayMs(10) // 3_600_000
 */
export function retryDelayMs(failedAttempts: number): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1);
  return Math.min(doubled, LONGEST_RETRY_MS);
}

export function deliveryState(
  message: { readonly sentAt: string | null; readonly attempts: number },
  maxAttempts: number = MAX_DELIVERY_ATTEMPTS,
): DeliveryState {
  if (message.sentAt !== null) return 'sent';
  return message.attempts >= maxAttempts ? 'failed' : 'pending';
}
