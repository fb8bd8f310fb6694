import type { FastifyRequest } from 'fastify';
import { findForbiddenCharacter } from '../domain/forbidden-character.ts';
import { ValidationError } from '../services/service-errors.ts';

/** Refuses a text holding a NUL or a lone surrogate, naming the field it came in. */
export function refuseForbiddenText(field: string, text: string): void {
  const found = findForbiddenCharacter(text);
  if (found) {
    throw new ValidationError(field, `contains ${found.description} at position ${found.index}`);
  }
}

/** Every string of a parsed value, keys included, with the field path it sits at. */
function refuseInValue(field: string, value: unknown): void {
  if (typeof value === 'string') {
    refuseForbiddenText(field, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseInValue(`${field}.${index}`, item));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      refuseForbiddenText(`${field} key`, key);
      refuseInValue(`${field}.${key}`, item);
    }
  }
}

/**
 * A preValidation hook for every route: path parameters, the query string and a JSON body are
 * walked once, before any schema, so no route can store a NUL or a lone surrogate (PostgreSQL
 * refuses NUL with a 500, SQLite would store it). Fields are named as schema errors name them
 * ("params.code", "querystring.fy", "body.text"). Multipart fields are checked where they are read.
 */
export async function refuseForbiddenInput(request: FastifyRequest): Promise<void> {
  refuseInValue('params', request.params);
  refuseInValue('querystring', request.query);
  refuseInValue('body', request.body);
}
