import type { FastifyInstance } from 'fastify';
import type { SessionHeaders } from './sessions.ts';

/**
 * JSON requests against an app in-process (app.inject), answering status and parsed body;
 * with a session, every request carries its cookie and CSRF token.
 */
export function httpClient(
  app: () => FastifyInstance,
  session: () => SessionHeaders | undefined = () => undefined,
) {
  const headers = (): Record<string, string> => ({ ...session() });
  return {
    get: async <T>(url: string) => {
      const response = await app().inject({ method: 'GET', url, headers: headers() });
      return { status: response.statusCode, body: response.json<T>() };
    },
    send: async (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
      const response = await app().inject({
        method,
        url,
        headers: headers(),
        ...(payload === undefined ? {} : { payload }),
      });
      return {
        status: response.statusCode,
        body: response.body === '' ? undefined : response.json(),
      };
    },
  };
}
