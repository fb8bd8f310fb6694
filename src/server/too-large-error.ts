/** A part of a request past its size limit (a multipart field), naming it: 413. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
