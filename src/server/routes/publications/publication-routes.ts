import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PublicationNoticesView, PublicationView } from '../../../domain/api-contract.ts';
import { ATOM_TYPE } from '../../../io/feed/atom-feed.ts';
import { getPublications, setPublished } from '../../../services/publication.ts';
import { readPublicationFeed, readPublicationNotices } from '../../../services/publication-feed.ts';
import type { ServerContext } from '../../server-context.ts';
import { fiscalYearText, list, planParams, refusals } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

const publicationView = list(
  viewSchema<PublicationView>()(
    z.object({ fiscalYear: z.number(), publishedBy: z.string(), publishedAt: z.string() }),
  ),
);

const publicationNoticesView = viewSchema<PublicationNoticesView>()(
  z.object({
    plan: z.object({ id: z.number(), name: z.string(), municipality: z.string() }),
    notices: list(
      z.object({
        id: z.number(),
        title: z.string(),
        text: z.string(),
        path: z.string(),
        at: z.string(),
      }),
    ),
  }),
);

/** `{ "published": true }`, or `{ "published": false, "reason": "…" }`: a withdrawal says why. */
const publicationChange = z.discriminatedUnion('published', [
  z.object({ published: z.literal(true) }),
  z.object({
    published: z.literal(false),
    reason: z
      .string()
      .trim()
      .min(1, 'say why the year is withdrawn')
      .max(1000)
      .describe('Why the year is withdrawn: in the audit log and the plan’s public feed'),
  }),
]);

/** Which fiscal years of a plan the public reads; an admin publishes or withdraws a year. */
export function publicationRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.get(
      '/plans/:planId/notices',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'The Atom feed’s entries as JSON, for the 更新情報 page',
          params: planParams,
          response: { 200: publicationNoticesView, ...refusals },
        },
      },
      async (request) => readPublicationNotices(store, request.params.planId),
    );
    app.get(
      '/plans/:planId/feed.atom',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary:
            'The plan’s Atom feed: years published and withdrawn (with the reason), published figures and narratives corrected',
          params: planParams,
          response: {
            200: {
              description: 'An Atom 1.0 feed (RFC 4287), newest entry first',
              content: {
                'application/atom+xml': {
                  schema: z.string().meta({ description: 'Atom XML' }),
                },
              },
            },
            ...refusals,
          },
        },
      },
      async (request, reply) => {
        const xml = await readPublicationFeed(store, request.params.planId, context.mail.publicUrl);
        return reply.type(ATOM_TYPE).header('cache-control', 'no-cache').send(xml);
      },
    );
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
          body: publicationChange,
          response: { 200: publicationView, ...refusals },
        },
      },
      async (request) =>
        setPublished(
          store,
          request.params.planId,
          request.params.fy,
          request.body,
          request.actor,
          context.now(),
        ),
    );
  };
}
