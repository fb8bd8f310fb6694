/**
 * How many password checks an address may fail before it must wait: counted per account and
 * address (a guesser elsewhere never locks the owner out at their own desk) and per address over
 * every account (one address guessing many accounts). A check is counted before it runs, so
 * concurrent guesses cannot all slip under the limit (issue 25).
 */

/** Failed checks count over this window. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failed checks of one account's password from one address. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed checks from one address, whatever the account. */
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Checks counted in the window (failed, or still running), and the oldest one's time. */
export interface AttemptTally {
  readonly count: number;
  readonly oldest: string | null;
}

export interface AttemptTallies {
  /** This account from this address. */
  readonly account: AttemptTally;
  /** This address, any account. */
  readonly address: AttemptTally;
}

export type AttemptVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Where the window of counted checks starts. */
export const windowStart = (now: Date): string =>
  new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();

/**
 * Whether one more check may run, and otherwise how long until the oldest counted check leaves
 * the window (at least a second).
 * @example attemptVerdict({ account: { count: 5, oldest: '2026-04-01T09:00:00.000Z' }, address: { count: 5, oldest: null } }, new Date('2026-04-01T09:10:00Z')) // { allowed: false, retryAfterSeconds: 300 }
 */
export function attemptVerdict(tallies: AttemptTallies, now: Date): AttemptVerdict {
  const limited = [
    tallies.account.count >= MAX_FAILURES_PER_ACCOUNT ? tallies.account : undefined,
    tallies.address.count >= MAX_FAILURES_PER_ADDRESS ? tallies.address : undefined,
  ].filter((tally): tally is AttemptTally => tally !== undefined);
  if (limited.length === 0) return { allowed: true };
  const freeAt = Math.max(
    ...limited.map((tally) =>
      tally.oldest === null ? now.getTime() : new Date(tally.oldest).getTime() + FAILURE_WINDOW_MS,
    ),
  );
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)),
  };
}

/**
 * The address a limit counts by: an IPv4 address as it is (an IPv4-mapped IPv6 one, ::ffff:…,
 * as its IPv4), an IPv6 address by its /64 network, which one subscriber holds whole and can
 * change addresses within at will, so each new address would otherwise be a fresh limit.
 * @example attemptAddress('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function attemptAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const network = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '') || '0');
  return `${network.join(':')}::/64`;
}
