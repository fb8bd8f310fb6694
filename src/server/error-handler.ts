import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../domain/api-contract.ts';
import type { Known } from '../services/known-errors.ts';
import { isKnown } from '../services/known-errors.ts';

type Mapped = {
  status: number;
  body: ApiErrorBody;
  headers?: Readonly<Record<string, string>>;
};
type ErrorCode = ApiErrorBody['error']['code'];

const body = (code: ErrorCode, message: string, details?: unknown): ApiErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * The code of an error the framework or the HTTP parser raised with a status of its own: a
 * malformed URL or body (400), an unknown route (404), a slow body (408), a body or a header
 * too large (413, 431), a media type no route takes (415).
 */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 404:
      return 'not_found';
    case 408:
      return 'timeout';
    case 413:
    case 414:
    case 431:
      return 'too_large';
    case 415:
      return 'unsupported_media_type';
    default:
      return 'bad_request';
  }
}

const retryLater = (seconds: number) => ({ 'retry-after': String(seconds) });

/** The status and body of each kind of error; a new kind does not compile until it is here. */
function mapKnown(error: Known): Mapped {
  switch (error.kind) {
    case 'validation':
      return { status: 400, body: body('validation', error.message, { field: error.field }) };
    case 'invalid_plan':
      return { status: 400, body: body('validation', error.message) };
    case 'import':
      return {
        status: 400,
        body: body('import', error.message, {
          file: error.file,
          row: error.row,
          column: error.column,
        }),
      };
    case 'unauthenticated':
      return { status: 401, body: body('unauthenticated', error.message) };
    case 'forbidden':
      return { status: 403, body: body('forbidden', error.message) };
    case 'not_found':
      return {
        status: 404,
        body: body('not_found', error.message, { entity: error.entity, key: error.key }),
      };
    case 'version_conflict':
      return {
        status: 409,
        body: body('conflict', error.message, {
          expectedVersion: error.expectedVersion,
          actualVersion: error.actualVersion,
        }),
      };
    case 'duplicate':
      return { status: 409, body: body('conflict', error.message, { field: error.field }) };
    case 'entry_overwrite':
      return {
        status: 409,
        body: body('conflict', error.summary, { overwrites: error.overwrites }),
      };
    case 'entry_state':
      return {
        status: 409,
        body: body('conflict', error.message, { state: error.state, locked: error.locked }),
      };
    case 'published_year':
      return {
        status: 409,
        body: body('conflict', error.message, { field: error.field, years: error.years }),
      };
    case 'too_large':
      return { status: 413, body: body('too_large', error.message, { field: error.field }) };
    case 'rate_limited':
      return {
        status: 429,
        body: body('rate_limited', error.message, { retryAfterSeconds: error.retryAfterSeconds }),
        headers: retryLater(error.retryAfterSeconds),
      };
    case 'database_busy':
      return {
        status: 503,
        body: body('unavailable', error.message, { retryAfterSeconds: error.retryAfterSeconds }),
        headers: retryLater(error.retryAfterSeconds),
      };
    // The server cannot print PDFs: the message says what to install.
    case 'renderer_unavailable':
      return error.retryAfterSeconds === null
        ? { status: 503, body: body('unavailable', error.message) }
        : {
            status: 503,
            body: body('unavailable', error.message, {
              retryAfterSeconds: error.retryAfterSeconds,
            }),
            headers: retryLater(error.retryAfterSeconds),
          };
    // Not answers a request can cause: the server's own setup or a command's input.
    case 'database_unavailable':
    case 'migration':
    case 'snapshot':
    case 'config':
      return { status: 500, body: body('internal', 'internal server error') };
  }
}

/** The one map from errors to HTTP statuses; anything unknown is a plain 500. */
export function mapError(error: unknown): Mapped {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    return {
      status: 400,
      body: body(
        'validation',
        first ? `${first.field}: ${first.message}` : 'invalid request',
        issues,
      ),
    };
  }
  if (isKnown(error)) return mapKnown(error);
  const status = (error as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    return { status, body: body(codeForStatus(status), message) };
  }
  return { status: 500, body: body('internal', 'internal server error') };
}

export function errorHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const { status, body: payload, headers } = mapError(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply
    .status(status)
    .headers(headers ?? {})
    .send(payload);
}

/** Routes and files that do not exist, in the same shape as every other error. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .send(body('not_found', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`));
}

/** The status Node's HTTP parser means by a client error it raises before any route runs. */
function clientErrorStatus(error: Error & { code?: string }): number {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    default:
      return 400;
  }
}

/**
 * Fastify's clientErrorHandler: errors of Node's HTTP parser (a header too large, a body that
 * does not arrive within the request timeout, bytes that are not HTTP) happen before Fastify
 * has a request, so the answer is written to the socket here, in the documented shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = clientErrorStatus(error);
  const message =
    status === 408
      ? 'the request did not arrive in time'
      : status === 431
        ? 'the request headers are too large'
        : 'the request could not be read as HTTP';
  const json = JSON.stringify(body(codeForStatus(status), message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}
