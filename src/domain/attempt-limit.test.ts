import { describe, expect, it } from 'vitest';
import {
  attemptVerdict,
  FAILURE_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  windowStart,
} from './attempt-limit.ts';

const now = new Date('2026-04-01T09:10:00Z');
const none = { count: 0, oldest: null };

describe('attempt limit', () => {
  it('lets a check run below both limits', () => {
    const tally = { count: MAX_FAILURES_PER_ACCOUNT - 1, oldest: '2026-04-01T09:00:00.000Z' };
    expect(attemptVerdict({ account: tally, address: tally }, now)).toEqual({ allowed: true });
  });

  it('refuses at the account-and-address limit until its oldest check leaves the window', () => {
    const account = { count: MAX_FAILURES_PER_ACCOUNT, oldest: '2026-04-01T09:00:00.000Z' };
    expect(attemptVerdict({ account, address: account }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 5 * 60,
    });
  });

  it('refuses at the address limit, whatever the account', () => {
    const address = { count: MAX_FAILURES_PER_ADDRESS, oldest: '2026-04-01T08:56:00.000Z' };
    expect(attemptVerdict({ account: none, address }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    });
  });

  it('waits at least a second', () => {
    const account = { count: MAX_FAILURES_PER_ACCOUNT, oldest: windowStart(now) };
    expect(attemptVerdict({ account, address: account }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(new Date(windowStart(now)).getTime()).toBe(now.getTime() - FAILURE_WINDOW_MS);
  });
});
