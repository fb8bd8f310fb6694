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
