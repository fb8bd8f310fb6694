import { systemClock } from '../services/clock.ts';
import type { CliContext } from './io-context.ts';

/** A CLI context that records what a command prints, for tests. */
export function recordingContext(
  cwd: string,
  stdin = '',
): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd,
    env: {},
    stdin: async () => stdin,
    now: systemClock,
  };
}
