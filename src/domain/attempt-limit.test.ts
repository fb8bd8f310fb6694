import { describe, expect, it } from 'vitest';
import {
  attemptAddress,
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

describe('the address a limit counts by', () => {
  it('keeps an IPv4 address, and reads an IPv4-mapped one as its IPv4', () => {
    expect(attemptAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(attemptAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('counts IPv6 addresses by their /64 network, however written', () => {
    expect(attemptAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(attemptAddress('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(attemptAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(attemptAddress('::1')).toBe('0:0:0:0::/64');
    expect(attemptAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
