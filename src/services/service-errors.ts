/** Input that is well-formed but wrong, naming the field: a 400 over HTTP, exit 1 in the CLI. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The caller may not do this (a viewer writing, an editor of another department): 403. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** No session, or it expired: 401. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
}

/** Too many failed sign-ins: 429 with the seconds to wait. */
export class TooManyAttemptsError extends Error {
  override readonly name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} min`);
  }
}
