import type { EntryOverwrite } from './import-overwrites.ts';
import { describeOverwrite } from './import-overwrites.ts';
import { KnownError } from '../domain/error-kind.ts';

/**
 * Storage errors the services map to HTTP statuses and exit codes (409, 404, …), in one place
 * each. Each names what it is about.
 */

/** A save named a version that is no longer the stored one: someone else saved first. */
export class ConflictError extends KnownError {
  override readonly name = 'ConflictError';
  readonly kind = 'version_conflict' as const;
  constructor(
    message: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(message);
  }
}

export class NotFoundError extends KnownError {
  override readonly name = 'NotFoundError';
  readonly kind = 'not_found' as const;
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} not found: ${key}`);
  }
}

/** The database's migration history is not this build's (diverged, or newer), or a step failed. */
export class MigrationError extends KnownError {
  override readonly name = 'MigrationError';
  readonly kind = 'migration' as const;
}

/** The configured database cannot be opened or reached; the message names it (no password). */
export class DatabaseUnavailableError extends KnownError {
  override readonly name = 'DatabaseUnavailableError';
  readonly kind = 'database_unavailable' as const;
}

/** A snapshot that cannot be restored: bad format, or the target database is not empty. */
export class SnapshotError extends KnownError {
  override readonly name = 'SnapshotError';
  readonly kind = 'snapshot' as const;
}

/** A plan that cannot be saved as given: the same KPI, figure or narrative named twice. */
export class InvalidPlanError extends KnownError {
  override readonly name = 'InvalidPlanError';
  readonly kind = 'invalid_plan' as const;
}

/**
 * A record that exists already under the same key (a plan name, a KPI code), whether found
 * first or refused by a unique index when two requests raced to create it. `field` names the
 * input that collides.
 */
export class DuplicateError extends KnownError {
  override readonly name = 'DuplicateError';
  readonly kind = 'duplicate' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Another process held the database's write lock past the busy timeout: try again shortly. */
export class DatabaseBusyError extends KnownError {
  override readonly name = 'DatabaseBusyError';
  readonly kind = 'database_busy' as const;
  /** Seconds after which a retry is likely to succeed. */
  readonly retryAfterSeconds = 1;
}

/**
 * An import would replace figures or narratives entered since its file was made (a
 * department's draft, a submitted entry): refused, all of it, unless told to overwrite.
 * The message lists them, one line each, after a first line saying what to do.
 */
export class EntryOverwriteError extends KnownError {
  override readonly name = 'EntryOverwriteError';
  readonly kind = 'entry_overwrite' as const;
  /** The first line of the message: what happened and how to go on. */
  readonly summary: string;
  constructor(readonly overwrites: readonly EntryOverwrite[]) {
    const summary =
      `the file would replace ${overwrites.length} ${overwrites.length === 1 ? 'entry' : 'entries'} ` +
      'made since it was published (not yet approved); nothing was imported. ' +
      'Import with --overwrite (overwrite=true in an upload) to replace them';
    super([summary, ...overwrites.map((o) => `  ${describeOverwrite(o)}`)].join('\n'));
    this.summary = summary;
  }
}
