import autocannon from 'autocannon';

export interface Load {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
}

/** 50 connections from this (second) process for `seconds`; gzip accepted, as a browser asks. */
export async function load(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Load> {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip', ...headers },
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Warm up for 3 s, then measure for `seconds` (at least 10 in a full run). */
export async function warmThenLoad(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Load> {
  await load(url, Math.min(3, seconds), headers);
  return load(url, seconds, headers);
}

/** "812 req/s, p99 74 ms, 0 errors" */
export function describeLoad(load: Load): string {
  return `${load.rps.toFixed(0)} req/s, p99 ${load.p99} ms, ${load.errors} errors`;
}

/** Of two runs of the same ceiling, the better: a burst from elsewhere must not flatter a ratio. */
export function better(a: Load, b: Load): Load {
  return b.rps > a.rps ? b : a;
}
