import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../services/service-errors.ts';

/** No request of the API nests deeper than a few levels; a deeper body is an attack. */
export const MAX_JSON_DEPTH = 32;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * How deeply a JSON text nests its arrays and objects, counted without parsing (strings skipped,
 * escapes included), stopping as soon as it passes `limit`: a body of 100,000 brackets must not
 * reach a recursive walk (the forbidden-character check, the schema) and overflow the stack.
 */
export function nestingPasses(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces Fastify's JSON body parser with one that refuses, with a 400 naming the body, what
 * the default lets through: bytes that are not UTF-8 (the default decodes them as U+FFFD and
 * stores that) and nesting past MAX_JSON_DEPTH (the default parses it, and a walk over it
 * overflows the stack: a 500). The rest is the default's, prototype-poisoning checks included.
 */
export function useStrictJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      done(new ValidationError('body', 'is not valid UTF-8 text'), undefined);
      return;
    }
    if (nestingPasses(text, MAX_JSON_DEPTH)) {
      done(new ValidationError('body', `nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parse(request, text, done);
  });
}
