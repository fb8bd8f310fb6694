import type { ApiErrorBody } from '../../domain/api-contract.ts';

/** A failed API call: the server's error code, message and details, or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorBody['error']['code'] | 'network';
  readonly details: unknown;

  constructor(status: number, code: ApiError['code'], message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** The field a validation error names (details.field, or the first of a list of issues). */
export function errorField(error: ApiError): string | null {
  const { details } = error;
  if (Array.isArray(details)) {
    const first: unknown = details[0];
    return typeof first === 'object' && first !== null && 'field' in first
      ? String(first.field).replace(/^body\./, '')
      : null;
  }
  if (typeof details === 'object' && details !== null && 'field' in details) {
    return typeof details.field === 'string' ? details.field : null;
  }
  return null;
}

/** What a 404 says is missing (details.entity: 'plan', 'fiscal year', …), or null. */
export function missingEntity(error: ApiError): string | null {
  const { details } = error;
  if (error.status !== 404 || typeof details !== 'object' || details === null) return null;
  return 'entity' in details && typeof details.entity === 'string' ? details.entity : null;
}

/** How long a 429 or 503 asks the client to wait, in seconds (details.retryAfterSeconds). */
export function retryAfterSeconds(error: ApiError): number | null {
  const { details } = error;
  if (typeof details === 'object' && details !== null && 'retryAfterSeconds' in details) {
    const seconds = Number(details.retryAfterSeconds);
    return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
  }
  return null;
}

/** Any rejection as an ApiError: what a form shows when a call fails unexpectedly. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}
