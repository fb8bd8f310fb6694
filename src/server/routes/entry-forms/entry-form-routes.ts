import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getEntryForm, listRoundSummaries } from '../../../services/entry-form.ts';
import type { ServerContext } from '../../server-context.ts';
import { list, refusals } from '../common-schemas.ts';
import {
  entryFormQuery,
  entryFormView,
  entryParams,
  planParams,
  roundSummaryView,
} from './entry-form-schemas.ts';

/** What a department fills in: the plan's rounds with what it owes, and one entry's form. */
export function entryFormRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.get(
      '/plans/:planId/rounds',
      {
        config: { access: 'member' },
        schema: {
          tags: ['rounds'],
          summary: "The plan's collection rounds, newest first, with the entries the reader owes",
          params: planParams,
          response: { 200: list(roundSummaryView), ...refusals },
        },
      },
      async (request) => listRoundSummaries(store.db, request.actor, request.params.planId),
    );
    app.get(
      '/plans/:planId/rounds/:fy/entries/:code',
      {
        config: { access: 'member' },
        schema: {
          tags: ['rounds'],
          summary:
            'One entry of the round as its form shows it: state, comments, the KPI with its figures, the stored draft',
          params: entryParams,
          querystring: entryFormQuery,
          response: { 200: entryFormView, ...refusals },
        },
      },
      async (request) =>
        getEntryForm(
          store.db,
          request.actor,
          {
            planId: request.params.planId,
            fiscalYear: request.params.fy,
            code: request.params.code,
            department: request.query.department,
          },
          context.now(),
        ),
    );
  };
}
