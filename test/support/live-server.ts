import type { FastifyInstance } from 'fastify';
import type { SessionHeaders } from './sessions.ts';

/** A server listening on a free loopback port, for tests that need real sockets and concurrency. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

export interface Answer {
  readonly index: number;
  readonly status: number;
  readonly body: unknown;
}

/**
 * Sends `count` requests at once (all started before any is awaited) and answers them in the
 * order they were sent, each with the index of the request it answers.
 */
export async function sendAtOnce(
  count: number,
  request: (index: number) => Promise<Response>,
): Promise<Answer[]> {
  const responses = await Promise.all(Array.from({ length: count }, (_, index) => request(index)));
  return Promise.all(
    responses.map(async (response, index) => ({
      index,
      status: response.status,
      body: await response.json(),
    })),
  );
}

/** A JSON request to a listening server, carrying a signed-in session's cookie and CSRF token. */
export function jsonRequest(
  base: string,
  session: SessionHeaders,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  payload: object,
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify(payload),
  });
}

/** How many answers had each status: { 200: 1, 409: 29 }. */
export function countStatuses(answers: readonly Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
