import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PublicationView } from '../../../domain/api-contract.ts';
import { getPublications, setPublished } from '../../../services/publication.ts';
import type { ServerContext } from '../../server-context.ts';
import { fiscalYearText, list, planParams, refusals } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

const publicationView = list(
  viewSchema<PublicationView>()(
    z.object({ fiscalYear: z.number(), publishedBy: z.string(), publishedAt: z.string() }),
  ),
);

/** Which fiscal years of a plan the public reads; an admin publishes or withdraws a year. */
export function publicationRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.get(
      '/plans/:planId/publications',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'The published fiscal years of a plan',
          params: planParams,
          response: { 200: publicationView, ...refusals },
        },
      },
      async (request) => getPublications(store, request.params.planId, request.actor),
    );
    app.put(
      '/plans/:planId/publications/:fy',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Publish or withdraw a fiscal year',
          params: planParams.extend({ fy: fiscalYearText }),
          body: z.object({ published: z.boolean() }),
          response: { 200: publicationView, ...refusals },
        },
      },
      async (request) =>
        setPublished(
          store,
          request.params.planId,
          request.params.fy,
          request.body.published,
          request.actor,
        ),
    );
  };
}
