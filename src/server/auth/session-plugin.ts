import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../domain/access.ts';
import { ANONYMOUS } from '../../domain/access.ts';
import type { Store } from '../../services/database-handle.ts';
import type { Clock } from '../../services/clock.ts';
import type { ResolvedSession } from '../../services/sessions.ts';
import { resolveSession, SESSION_ABSOLUTE_MS } from '../../services/sessions.ts';
import { enforceRouteAccess } from './route-access.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: the signed-in account, or an anonymous visitor. */
    actor: Actor;
    session: ResolvedSession | undefined;
  }
}

export const SESSION_COOKIE = 'mieruka_session';

export interface SessionOptions {
  readonly store: Store;
  /** Where sessions are looked up: the read connection. */
  readonly reader: Store;
  /** Mark the cookie Secure even over plain HTTP (behind a TLS-terminating proxy). */
  readonly secureCookies: boolean;
  readonly now: Clock;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS or when configured. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure || request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Every request passes here: the cookie becomes a session and an actor (sessions live in the
 * database, so any app server resolves any session), then the route's access is enforced.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, options: SessionOptions) => {
  await app.register(fastifyCookie);
  // Per-request values live beside the request, never in a decorator shared by all requests.
  const actors = new WeakMap<FastifyRequest, Actor>();
  app.decorateRequest('actor', {
    getter(this: FastifyRequest): Actor {
      return actors.get(this) ?? ANONYMOUS;
    },
    setter(this: FastifyRequest, value: Actor) {
      actors.set(this, value);
    },
  });
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = { kind: 'anonymous', address: request.ip };
    request.session = undefined;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(
        options.store,
        token,
        request.ip,
        options.now(),
        options.reader,
      );
      if (session) {
        request.session = session;
        request.actor = session.actor;
      } else {
        clearSessionCookie(reply);
      }
    }
    await enforceRouteAccess(request, reply);
  });
  app.addHook('onSend', async (request, reply) => {
    if (personalAnswer(request) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'private, no-store');
    }
  });
});

/**
 * An API answer no cache may keep (a shared proxy, the browser's disk): one to a signed-in
 * request (its account, the municipality's accounts, audit log and outbox, drafts) and every
 * answer of /api/session (the sign-in's account and CSRF token). The web app's files stay
 * cacheable.
 */
function personalAnswer(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  if (!route.startsWith('/api/')) return false;
  return request.session !== undefined || route.startsWith('/api/session');
}
