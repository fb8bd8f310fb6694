import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../domain/access.ts';
import { meetsRouteAccess } from '../../domain/access.ts';
import { ForbiddenError, UnauthenticatedError } from '../../services/service-errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route at all; the service then checks the resource (municipality,
     * department). A route that changes something and says nothing is admin-only.
     */
    access?: RouteAccess;
    /** False only for POST /api/session, which has no session to carry a token yet. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method);

/** The access a route needs: as configured, else public for reads and admin for changes. */
export function routeAccess(request: FastifyRequest): RouteAccess {
  return request.routeOptions.config.access ?? (isSafeMethod(request.method) ? 'public' : 'admin');
}

/**
 * The first check of every request, before its body is even read: a change needs a session
 * (401), the session's CSRF token in `x-csrf-token` (403) and a role the route allows (403).
 * A refusal changes nothing, because nothing has run yet.
 */
export async function enforceRouteAccess(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  // No route matched: the 404 says so, whoever asks.
  if (request.is404) return;
  const access = routeAccess(request);
  const unsafe = !isSafeMethod(request.method);
  if (unsafe && request.routeOptions.config.csrf === false) return;
  if (access === 'public' && !unsafe) return;
  const session = request.session;
  if (!session) throw new UnauthenticatedError('sign in first');
  if (unsafe) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
      throw new ForbiddenError('missing or wrong x-csrf-token header');
    }
  }
  if (!meetsRouteAccess(request.actor, access)) {
    throw new ForbiddenError(`your role (${session.account.role}) may not do this`);
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
