import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { OutboxView } from '../../../domain/api-contract.ts';
import { readOutbox } from '../../../services/outbox-reading.ts';
import type { ServerContext } from '../../server-context.ts';
import { refusals } from '../common-schemas.ts';
import { outboxQuery, outboxView } from './outbox-schemas.ts';

/**
 * GET /api/outbox: the e-mails of the admin's municipality, newest first, with their delivery
 * state; says whether the server sends them at all, so a city without SMTP copies them.
 */
export function outboxRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/outbox',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['outbox'],
          summary: 'The outbox: the e-mails to editors, sent, waiting or failed, with their text',
          querystring: outboxQuery,
          response: { 200: outboxView, ...refusals },
        },
      },
      async (request): Promise<OutboxView> => {
        const q = request.query;
        const messages = await readOutbox(context.store, request.actor, {
          limit: q.limit,
          unsentOnly: q.pending,
          ...(q.plan === undefined ? {} : { planIds: [q.plan] }),
        });
        return {
          smtpConfigured: context.mail.smtpConfigured,
          from: context.mail.from,
          messages,
        };
      },
    );
  };
}
