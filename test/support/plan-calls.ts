import type { FastifyInstance } from 'fastify';
import type { SessionHeaders } from './sessions.ts';

/**
 * One request to a plan's API in-process (`app.inject`), as a signed-in member (cookie and
 * CSRF token) or a visitor, answered with its status and JSON body (undefined when empty).
 * @example const { status, body } = await planCall(app, planId, admin, 'GET', '/rounds/R6');
 */
export async function planCall<T = unknown>(
  app: FastifyInstance,
  planId: number,
  who: SessionHeaders | undefined,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  payload?: object,
): Promise<{ status: number; body: T | undefined }> {
  const response = await app.inject({
    method,
    url: `/api/plans/${planId}${path}`,
    headers: { ...who },
    ...(payload === undefined ? {} : { payload }),
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? undefined : response.json<T>(),
  };
}
