import { maskCredentials } from '../db/masked-credentials.ts';
import type { Known } from '../services/known-errors.ts';
import { isKnown } from '../services/known-errors.ts';

/** A refused operation or bad input the user can fix: one line on stderr, exit 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Exit codes: 0 success, 1 bad input or a refused operation, 2 wrong usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** The one place that turns an error into a CLI message and exit code (no stack traces for users). */
export function exitCodeFor(error: unknown, write: (line: string) => void): number {
  // Whatever the error, a password in it (a URL, password=…) never reaches the terminal or a log.
  const stderr = (line: string) => write(maskCredentials(line));
  if (error instanceof CliError) {
    stderr(`mieruka: ${error.message}`);
    return EXIT.refused;
  }
  if (isKnown(error)) {
    stderr(`mieruka: ${error.message}`);
    return exitCodeOfKind(error);
  }
  // Anything else is a bug: still one line, with the message to report.
  stderr(`mieruka: internal error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.refused;
}

/** The exit code of each kind of error; a new kind does not compile until it is here. */
function exitCodeOfKind(error: Known): number {
  switch (error.kind) {
    case 'validation':
    case 'import':
    case 'invalid_plan':
    case 'not_found':
    case 'version_conflict':
    case 'duplicate':
    case 'entry_overwrite':
    case 'entry_state':
    case 'published_year':
    case 'unauthenticated':
    case 'forbidden':
    case 'rate_limited':
    case 'too_large':
    case 'database_busy':
    case 'database_unavailable':
    case 'renderer_unavailable':
    case 'migration':
    case 'snapshot':
    case 'config':
      return EXIT.refused;
  }
}
