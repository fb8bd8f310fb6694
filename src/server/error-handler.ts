import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ConflictError, InvalidPlanError, NotFoundError } from '../db/errors.ts';
import type { ApiErrorBody } from '../domain/api-contract.ts';
import { ImportError } from '../io/import-problem.ts';
import { ValidationError } from '../services/service-errors.ts';

type Mapped = { status: number; body: ApiErrorBody };

const body = (
  code: ApiErrorBody['error']['code'],
  message: string,
  details?: unknown,
): ApiErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

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
  if (error instanceof ValidationError)
    return { status: 400, body: body('validation', error.message, { field: error.field }) };
  if (error instanceof InvalidPlanError)
    return { status: 400, body: body('validation', error.message) };
  if (error instanceof ImportError) {
    return {
      status: 400,
      body: body('import', error.message, {
        file: error.file,
        row: error.row,
        column: error.column,
      }),
    };
  }
  if (error instanceof NotFoundError)
    return {
      status: 404,
      body: body('not_found', error.message, { entity: error.entity, key: error.key }),
    };
  if (error instanceof ConflictError) {
    return {
      status: 409,
      body: body('conflict', error.message, {
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
      }),
    };
  }
  const status = (error as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    return { status, body: body(status === 404 ? 'not_found' : 'validation', message) };
  }
  return { status: 500, body: body('internal', 'internal server error') };
}

export function errorHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const { status, body: payload } = mapError(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).send(payload);
}
