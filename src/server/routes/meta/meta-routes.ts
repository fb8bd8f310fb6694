import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMunicipalityViews } from '../../../services/plan-views.ts';
import type { ServerContext } from '../../server-context.ts';
import { list, municipalityView } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';
import type { HealthView } from '../../../domain/api-contract.ts';

/** Liveness and the municipalities a deployment holds. */
export function metaRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['meta'],
          summary: 'Liveness',
          response: { 200: viewSchema<HealthView>()(z.object({ status: z.literal('ok') })) },
        },
      },
      async (): Promise<HealthView> => ({ status: 'ok' }),
    );
    app.get(
      '/municipalities',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'Municipalities',
          response: { 200: list(municipalityView) },
        },
      },
      async () => listMunicipalityViews(context.store.db),
    );
  };
}
