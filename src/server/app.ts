import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import {
  DEFAULT_CHROMIUM_PATH,
  DEFAULT_MAIL_FROM,
  DEFAULT_MUNICIPALITY,
  DEFAULT_PUBLIC_URL,
} from '../config.ts';
import type { TrustProxy } from '../config.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import { systemClock } from '../services/clock.ts';
import type { Clock } from '../services/clock.ts';
import type { Store } from '../services/database-handle.ts';
import { clientErrorHandler, errorHandler, notFoundHandler } from './error-handler.ts';
import { refuseForbiddenInput } from './forbidden-input.ts';
import { useStrictJsonBodies } from './json-body.ts';
import { MULTIPART_LIMITS } from './multipart-limits.ts';
import { closePdfPrinter } from '../services/pdf-renderer.ts';
import { sessionPlugin } from './auth/session-plugin.ts';
import { securityHeaders, useSecurityHeaders } from './security-headers.ts';
import { accountRoutes } from './routes/accounts/account-routes.ts';
import { departmentRoutes } from './routes/departments/department-routes.ts';
import { auditRoutes } from './routes/audit/audit-routes.ts';
import { entryRoutes } from './routes/entries/entry-routes.ts';
import { evaluationRoutes } from './routes/evaluations/evaluation-routes.ts';
import { exportRoutes } from './routes/exports/export-routes.ts';
import { importRoutes } from './routes/imports/import-routes.ts';
import { kpiRoutes } from './routes/kpis/kpi-routes.ts';
import { metaRoutes } from './routes/meta/meta-routes.ts';
import { outboxRoutes } from './routes/outbox/outbox-routes.ts';
import { planRoutes } from './routes/plans/plan-routes.ts';
import { treeRoutes } from './routes/tree/tree-routes.ts';
import { publicationRoutes } from './routes/publications/publication-routes.ts';
import { roundRoutes } from './routes/rounds/round-routes.ts';
import { entryFormRoutes } from './routes/entry-forms/entry-form-routes.ts';
import { sessionRoutes } from './routes/session/session-routes.ts';
import type { MailSettings, ServerContext } from './server-context.ts';
import { WEB_MISSING_PAGE } from './web-missing-page.ts';

export interface AppOptions extends Store {
  /** A connection (pool) for reads that must not wait behind writers; `db` when absent. */
  readonly readDb?: Kysely<Database>;
  /** The built web app (dist/web); served with an index.html fallback for client routes. */
  readonly webRoot?: string;
  /** pino options: a level, and a stream where tests capture the lines. */
  readonly logger?: boolean | { level: string; stream?: { write(line: string): void } };
  readonly municipality?: { readonly code: string; readonly name: string };
  /** How long a client may take to send a whole request (headers and body); 30 s by default. */
  readonly requestTimeoutMs?: number;
  /**
   * The deployment is served over HTTPS (behind a TLS-terminating proxy): session cookies are
   * Secure even when the proxy speaks plain HTTP to us, and the CSP upgrades insecure requests.
   */
  readonly secureCookies?: boolean;
  /** The clock every request reads (sessions expire by it, changes are dated by it); tests move it. */
  readonly now?: Clock;
  /** Whether e-mail is sent and where its links point; none configured by default. */
  readonly mail?: MailSettings;
  /** The Chromium that prints PDFs (default Debian's, /usr/bin/chromium). */
  readonly chromiumPath?: string;
  /**
   * Which proxies' X-Forwarded-For to believe (MIERUKA_TRUST_PROXY), as Fastify's trustProxy:
   * none by default, so request.ip is the socket's peer and a client cannot pick its address.
   */
  readonly trustProxy?: TrustProxy;
}

/** Fastify's trustProxy takes a mutable list. */
function proxyTrust(trust: TrustProxy | undefined): boolean | string | string[] {
  if (trust === undefined || typeof trust === 'boolean') return trust ?? false;
  return [...trust];
}

/** A body trickling in byte by byte must not hold a socket for ever. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The HTTP server: the JSON API under /api (OpenAPI at /api/openapi.json) and the web app.
 * @example const app = await buildApp({ db, kind }); await app.listen({ port: 3000 });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const headers = securityHeaders(options.secureCookies ?? false);
  const webIndex =
    options.webRoot && existsSync(resolve(options.webRoot, 'index.html'))
      ? resolve(options.webRoot, 'index.html')
      : null;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: proxyTrust(options.trustProxy),
    bodyLimit: 1024 * 1024,
    requestTimeout,
    // Node enforces the request timeout only when the headers timeout (60 s by default) is not
    // longer, and checks on an interval (30 s by default) that a short timeout must shorten.
    http: {
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(requestTimeout, 30_000),
    },
    clientErrorHandler,
    // A framework error is answered before any hook runs, helmet's too: its headers are set
    // here from the same configuration, so every response carries them.
    frameworkErrors: (error, request, reply) => {
      headers(request.raw, reply.raw, () => {
        if (badAddressOfTheApp(error, request.method, request.url) && webIndex !== null) {
          sendAppPage(reply, webIndex);
        } else {
          errorHandler(error, request, reply);
        }
      });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  useStrictJsonBodies(app);
  app.addHook('preValidation', refuseForbiddenInput);
  // The browser kept for PDF prints is closed with the server (pdf-renderer.ts).
  app.addHook('onClose', closePdfPrinter);
  const context: ServerContext = {
    store: { db: options.db, kind: options.kind },
    reader: { db: options.readDb ?? options.db, kind: options.kind },
    municipality: options.municipality ?? DEFAULT_MUNICIPALITY,
    actorOf: (request) => request.actor,
    secureCookies: options.secureCookies ?? false,
    chromiumPath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
    now: options.now ?? systemClock,
    mail: options.mail ?? {
      smtpConfigured: false,
      from: DEFAULT_MAIL_FROM,
      publicUrl: DEFAULT_PUBLIC_URL,
    },
  };
  useSecurityHeaders(app, headers);
  await app.register(sessionPlugin, {
    store: context.store,
    reader: context.reader,
    secureCookies: context.secureCookies,
    now: context.now,
  });
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
      await api.register(metaRoutes(context));
      await api.register(planRoutes(context));
      await api.register(treeRoutes(context));
      await api.register(kpiRoutes(context));
      await api.register(entryRoutes(context));
      await api.register(evaluationRoutes(context));
      await api.register(importRoutes(context));
      await api.register(sessionRoutes(context));
      await api.register(accountRoutes(context));
      await api.register(departmentRoutes(context));
      await api.register(auditRoutes(context));
      await api.register(outboxRoutes(context));
      await api.register(publicationRoutes(context));
      await api.register(roundRoutes(context));
      await api.register(entryFormRoutes(context));
      await api.register(exportRoutes(context));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.all(
        '/*',
        { schema: { hide: true }, config: { access: 'public', csrf: false } },
        notFoundHandler,
      );
    },
    { prefix: '/api' },
  );
  if (options.webRoot && existsSync(resolve(options.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: resolve(options.webRoot), wildcard: false });
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' ? reply.sendFile('index.html') : notFoundHandler(request, reply),
    );
  } else {
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' && !request.url.startsWith('/api/')
        ? reply.status(503).type('text/html; charset=utf-8').send(WEB_MISSING_PAGE)
        : notFoundHandler(request, reply),
    );
  }
  return app;
}

/**
 * A page address the router cannot decode (/plans/1/kpis/%E0%A4%A, a link cut short): the web
 * app answers it with its own 404 page in the reader's language, not the API's JSON 400.
 */
function badAddressOfTheApp(error: { code?: string }, method: string, url: string): boolean {
  return error.code === 'FST_ERR_BAD_URL' && method === 'GET' && !url.startsWith('/api/');
}

/** The web app's index.html as a 404: its router then shows the not-found page. */
function sendAppPage(reply: FastifyReply, file: string): FastifyReply {
  return reply.status(404).type('text/html; charset=utf-8').send(readFileSync(file));
}
