import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';

/* `npx mieruka serve` on a fresh checkout, before `npm run build:web`: a page, not a bare error. */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ ...getHandle(), webRoot: '/nonexistent/dist/web' });
  });
  afterAll(async () => app.close());

  it('answers a page saying how to build the web app, at / and at any app address', async () => {
    for (const url of ['/', '/plans/1/table']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('npm run build:web');
    }
    const api = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
