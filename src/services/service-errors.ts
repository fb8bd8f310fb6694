import { KnownError } from '../domain/error-kind.ts';
/** Input that is well-formed but wrong, naming the field: a 400 over HTTP, exit 1 in the CLI. */
export class ValidationError extends KnownError {
  override readonly name = 'ValidationError';
  readonly kind = 'validation' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The caller may not do this (a viewer writing, an editor of another department): 403. */
export class ForbiddenError extends KnownError {
  override readonly name = 'ForbiddenError';
  readonly kind = 'forbidden' as const;
}

/** No session, or it expired: 401. */
export class UnauthenticatedError extends KnownError {
  override readonly name = 'UnauthenticatedError';
  readonly kind = 'unauthenticated' as const;
}

/** Too many failed password checks (sign-in, own password change): 429 with the seconds to wait. */
export class TooManyAttemptsError extends KnownError {
  override readonly name = 'TooManyAttemptsError';
  readonly kind = 'rate_limited' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(
      `too many failed password checks from this address: try again in ${Math.ceil(retryAfterSeconds / 60)} min`,
    );
  }
}

/** A part of a request past its size limit (a multipart field), naming it: 413. */
export class TooLargeError extends KnownError {
  override readonly name = 'TooLargeError';
  readonly kind = 'too_large' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * A change that would rewrite a published year (a KPI revised, retired or added from a year
 * already published): 409 naming the field and the years. A published report is a public
 * record; corrections go through a reopened entry, with a reason and a feed entry.
 */
export class PublishedYearError extends KnownError {
  override readonly name = 'PublishedYearError';
  readonly kind = 'published_year' as const;
  constructor(
    readonly field: string,
    readonly years: readonly number[],
    message: string,
  ) {
    super(message);
  }
}
