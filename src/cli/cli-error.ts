import { ConfigError } from '../config.ts';
import {
  ConflictError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  DuplicateError,
  EntryOverwriteError,
  InvalidPlanError,
  MigrationError,
  NotFoundError,
  SnapshotError,
} from '../db/errors.ts';
import { maskCredentials } from '../db/masked-credentials.ts';
import { ImportError } from '../io/import-problem.ts';
import { ValidationError } from '../services/service-errors.ts';

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
  if (
    error instanceof ImportError ||
    error instanceof CliError ||
    error instanceof ValidationError ||
    error instanceof ConfigError ||
    error instanceof ConflictError ||
    error instanceof DuplicateError ||
    error instanceof EntryOverwriteError ||
    error instanceof DatabaseBusyError ||
    error instanceof NotFoundError ||
    error instanceof InvalidPlanError ||
    error instanceof MigrationError ||
    error instanceof SnapshotError ||
    error instanceof DatabaseUnavailableError
  ) {
    stderr(`mieruka: ${error.message}`);
    return EXIT.refused;
  }
  // Anything else is a bug: still one line, with the message to report.
  stderr(`mieruka: internal error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.refused;
}
