import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';

type Operation = { responses?: Record<string, unknown> };

/*
 * /api/openapi.json describes every route completely: each operation documents its success
 * response, and every route that can refuse documents the error shape it refuses with.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  it('documents a success response and the error statuses of every operation', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    const undocumented: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const statuses = Object.keys(operation.responses ?? {});
        const key = `${method.toUpperCase()} ${path}`;
        if (!statuses.some((s) => /^2\d\d$/.test(s))) undocumented.push(`${key}: no 2xx`);
        const refuses = method !== 'get' || /\{planId\}|audit|accounts|session/.test(path);
        if (refuses && path !== '/api/health') {
          for (const status of ['401', '404'].filter((s) => !statuses.includes(s))) {
            // Sign-in and the session have nothing to be missing: they answer 401, never 404.
            if (!(path.startsWith('/api/session') && status === '404')) {
              undocumented.push(`${key}: no ${status}`);
            }
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
