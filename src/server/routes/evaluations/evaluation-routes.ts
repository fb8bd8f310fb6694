import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writeEvaluation } from '../../../services/evaluations.ts';
import type { ServerContext } from '../../server-context.ts';
import { fiscalYearText, kpiParams, refusals } from '../common-schemas.ts';
import { evaluationBody, evaluationView } from './evaluation-schemas.ts';

const yearParams = kpiParams.extend({ fy: fiscalYearText });

/**
 * A KPI's evaluation of a year in levels (issue 21): the self-evaluation by an editor of the
 * KPI's department, the external by a committee member, the second and final by an admin.
 */
export function evaluationRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.put(
      '/plans/:planId/kpis/:code/evaluations/:fy',
      {
        config: { access: 'evaluator' },
        schema: {
          tags: ['entry'],
          summary:
            'Write one level of a KPI’s evaluation of a year (409 when the version is stale)',
          params: yearParams,
          body: evaluationBody,
          response: { 200: evaluationView, ...refusals },
        },
      },
      async (request) =>
        writeEvaluation(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            level: request.body.level,
            grade: request.body.grade,
            text: request.body.text,
            direction: request.body.direction,
            expectedVersion: request.body.version,
          },
          request.actor,
        ),
    );
  };
}
