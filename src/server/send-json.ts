import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReportBody } from '../services/report-cache.ts';

/** Sends a precomputed JSON body, compressed when the client takes gzip. */
export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: ReportBody,
): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(body.gzip);
  }
  return reply.send(body.json);
}
