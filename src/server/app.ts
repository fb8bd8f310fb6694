import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { OPERATOR } from '../services/actor.ts';
import type { Store } from '../services/database-handle.ts';
import { clientErrorHandler, errorHandler, notFoundHandler } from './error-handler.ts';
import { refuseForbiddenInput } from './forbidden-input.ts';
import { MULTIPART_LIMITS } from './multipart-limits.ts';
import { importRoutes } from './routes/import-routes.ts';
import { readRoutes } from './routes/read-routes.ts';
import { writeRoutes } from './routes/write-routes.ts';
import type { ServerContext } from './server-context.ts';

export interface AppOptions extends Store {
  /** The built web app (dist/web); served with an index.html fallback for client routes. */
  readonly webRoot?: string;
  readonly logger?: boolean | { level: string };
  readonly municipality?: { readonly code: string; readonly name: string };
  /** How long a client may take to send a whole request (headers and body); 30 s by default. */
  readonly requestTimeoutMs?: number;
}

/** A body trickling in byte by byte must not hold a socket for ever. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The HTTP server: the JSON API under /api (OpenAPI at /api/openapi.json) and the web app.
 * @example const app = await buildApp({ db, kind }); await app.listen({ port: 3000 });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    requestTimeout,
    // Node enforces the request timeout only when the headers timeout (60 s by default) is not
    // longer, and checks on an interval (30 s by default) that a short timeout must shorten.
    http: {
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(requestTimeout, 30_000),
    },
    clientErrorHandler,
    frameworkErrors: errorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('preValidation', refuseForbiddenInput);
  const context: ServerContext = {
    store: { db: options.db, kind: options.kind },
    municipality: options.municipality ?? { code: '052078', name: '湯沢市' },
    actorOf: () => OPERATOR,
  };
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Mieruka API',
        description: 'KPI progress management for municipal plans',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
  await app.register(
    async (api) => {
      await api.register(readRoutes(context));
      await api.register(writeRoutes(context));
      await api.register(importRoutes(context));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.all('/*', { schema: { hide: true } }, notFoundHandler);
    },
    { prefix: '/api' },
  );
  if (options.webRoot && existsSync(resolve(options.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: resolve(options.webRoot), wildcard: false });
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' ? reply.sendFile('index.html') : notFoundHandler(request, reply),
    );
  } else {
    app.setNotFoundHandler(notFoundHandler);
  }
  return app;
}
