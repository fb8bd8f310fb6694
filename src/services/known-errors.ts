import type { ConfigError } from '../config.ts';
import type {
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
import { KnownError } from '../domain/error-kind.ts';
import type { ImportError } from '../io/import-problem.ts';
import type { RendererUnavailableError } from './pdf-renderer.ts';
import type { EntryStateError } from './round-errors.ts';
import type {
  ForbiddenError,
  PublishedYearError,
  TooLargeError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from './service-errors.ts';

/**
 * Every error of a known kind, as one union discriminated by `kind`: a `switch (error.kind)`
 * over it narrows to the class, and misses no kind (src/domain/error-kind.ts).
 */
export type Known =
  | ValidationError
  | ImportError
  | InvalidPlanError
  | NotFoundError
  | ConflictError
  | DuplicateError
  | EntryOverwriteError
  | EntryStateError
  | PublishedYearError
  | UnauthenticatedError
  | ForbiddenError
  | TooManyAttemptsError
  | TooLargeError
  | DatabaseBusyError
  | DatabaseUnavailableError
  | RendererUnavailableError
  | MigrationError
  | SnapshotError
  | ConfigError;

/** Every KnownError subclass is one of the union's members (each file declares its own kind). */
export function isKnown(error: unknown): error is Known {
  return error instanceof KnownError;
}
