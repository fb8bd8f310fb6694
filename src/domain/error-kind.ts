/**
 * Every kind of error that is an answer rather than a bug: one list, switched over
 * exhaustively where HTTP statuses are chosen (src/server/error-handler.ts) and where exit
 * codes are chosen (src/cli/cli-error.ts), so a new kind is a compile error in both.
 */
export const ERROR_KINDS = [
  'validation',
  'import',
  'invalid_plan',
  'not_found',
  'version_conflict',
  'duplicate',
  'entry_overwrite',
  'entry_state',
  'published_year',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'too_large',
  'database_busy',
  'database_unavailable',
  'renderer_unavailable',
  'migration',
  'snapshot',
  'config',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The base of every error of a known kind; the kind says how it is answered. */
export abstract class KnownError extends Error {
  abstract readonly kind: ErrorKind;
}
