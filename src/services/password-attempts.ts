import {
  deleteAttempt,
  forgetOldAttempts,
  insertAttempt,
  lockAttemptsOf,
  tallyAttempts,
} from '../db/attempt-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { attemptAddress, attemptVerdict, windowStart } from '../domain/attempt-limit.ts';
import type { AuditDraft } from './audit.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { TooManyAttemptsError } from './service-errors.ts';

export interface PasswordAttempt {
  /** The account's e-mail as typed, normalized (an unknown one is limited all the same). */
  readonly email: string;
  /** The client's address (request.ip under MIERUKA_TRUST_PROXY). */
  readonly address: string;
  readonly actor: Actor;
  /** The audit entry of a refusal past the limit (session.limited, account.password_limited). */
  readonly refusal: AuditDraft;
}

/**
 * Runs one password check under the limit (src/domain/attempt-limit.ts). The check is counted
 * before it runs, in a transaction that is alone counting this address (an advisory lock on
 * PostgreSQL, the write lock on SQLite), so of 60 concurrent guesses at most the limit are
 * checked; the rest are refused with TooManyAttemptsError, each refusal in the audit log. A
 * check that passes is no longer counted; one that fails stays counted for the window.
 * @example const right = await limitedPasswordCheck(store, attempt, () => verifyPassword(typed, hash));
 */
export async function limitedPasswordCheck(
  store: Store,
  attempt: PasswordAttempt,
  check: () => Promise<boolean>,
  now: Date,
): Promise<boolean> {
  const { email } = attempt;
  // An IPv6 subscriber's whole /64 counts as one address (attemptAddress).
  const address = attemptAddress(attempt.address);
  const since = windowStart(now);
  const reserved = await writeTransaction(store, async (trx) => {
    await lockAttemptsOf(trx, store.kind, address);
    await forgetOldAttempts(trx, { address, since });
    const verdict = attemptVerdict(await tallyAttempts(trx, { email, address, since }), now);
    if (!verdict.allowed) {
      await audit(trx, attempt.actor, [attempt.refusal], now);
      return verdict;
    }
    const id = await insertAttempt(trx, { email, address, at: now.toISOString() });
    return { allowed: true as const, id };
  });
  if (!reserved.allowed) throw new TooManyAttemptsError(reserved.retryAfterSeconds);
  const passed = await check();
  if (passed) await writeTransaction(store, (trx) => deleteAttempt(trx, reserved.id));
  return passed;
}
