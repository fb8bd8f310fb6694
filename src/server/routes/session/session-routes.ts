import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changeOwnPassword,
  updateOwnProfile,
  withMunicipality,
} from '../../../services/accounts.ts';
import { UnauthenticatedError } from '../../../services/service-errors.ts';
import { forgetToken, signIn, signOut } from '../../../services/sessions.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../auth/session-plugin.ts';
import { presentAccount } from '../../../services/presenters/account-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { accountView, errorResponse, noContent, refusals } from '../common-schemas.ts';
import { passwordChangeBody, profileBody, sessionView, signInBody } from './session-schemas.ts';

/** Sign-in, the current session, sign-out and changing one's own password. */
export function sessionRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.post(
      '/session',
      {
        config: { access: 'public', csrf: false },
        schema: {
          tags: ['session'],
          summary: 'Sign in with an e-mail and a password',
          body: signInBody,
          response: {
            200: sessionView,
            400: errorResponse,
            401: errorResponse,
            429: errorResponse,
          },
        },
      },
      async (request, reply) => {
        // A session id planted before sign-in is worth nothing after it.
        const previous = request.cookies[SESSION_COOKIE];
        if (previous) await forgetToken(store, previous);
        const signedIn = await signIn(
          store,
          { ...request.body, address: request.ip },
          context.now(),
        );
        setSessionCookie(request, reply, signedIn.token, context.secureCookies);
        const { account, municipality } = await withMunicipality(store, signedIn.account);
        return { user: presentAccount(account, municipality), csrfToken: signedIn.csrfToken };
      },
    );
    app.get(
      '/session',
      {
        config: { access: 'public' },
        schema: {
          tags: ['session'],
          summary: 'The signed-in account and its CSRF token',
          response: { 200: sessionView, 401: errorResponse },
        },
      },
      async (request) => {
        if (!request.session) throw new UnauthenticatedError('not signed in');
        const { account, municipality } = await withMunicipality(store, request.session.account);
        return {
          user: presentAccount(account, municipality),
          csrfToken: request.session.csrfToken,
        };
      },
    );
    app.delete(
      '/session',
      {
        config: { access: 'member' },
        schema: {
          tags: ['session'],
          summary: 'Sign out',
          response: { 204: noContent, ...refusals },
        },
      },
      async (request, reply) => {
        if (request.session) await signOut(store, request.session, context.now());
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );
    app.put(
      '/session/profile',
      {
        config: { access: 'member' },
        schema: {
          tags: ['session'],
          summary: 'Change your own name or e-mail address (your sign-in name)',
          body: profileBody,
          response: { 200: accountView, ...refusals },
        },
      },
      async (request) => {
        const account = await updateOwnProfile(store, request.actor, request.body, context.now());
        const { municipality } = await withMunicipality(store, account);
        return presentAccount(account, municipality);
      },
    );
    app.put(
      '/session/password',
      {
        config: { access: 'member' },
        schema: {
          tags: ['session'],
          summary: 'Change your own password (your other sessions end)',
          body: passwordChangeBody,
          response: { 204: noContent, ...refusals },
        },
      },
      async (request, reply) => {
        const session = request.session;
        if (!session) throw new UnauthenticatedError('not signed in');
        await changeOwnPassword(
          store,
          request.actor,
          { current: request.body.currentPassword, next: request.body.newPassword },
          session.sessionId,
          context.now(),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
