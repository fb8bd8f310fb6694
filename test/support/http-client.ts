import type { FastifyInstance } from 'fastify';

/** JSON requests against an app in-process (app.inject), answering status and parsed body. */
export function httpClient(app: () => FastifyInstance) {
  return {
    get: async <T>(url: string) => {
      const response = await app().inject({ method: 'GET', url });
      return { status: response.statusCode, body: response.json<T>() };
    },
    send: async (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) => {
      const response = await app().inject({ method, url, payload });
      return { status: response.statusCode, body: response.json() };
    },
  };
}
