import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changeEvaluationScheme,
  getEvaluationScheme,
  writeEvaluation,
} from '../../../services/evaluations.ts';
import type { ServerContext } from '../../server-context.ts';
import { fiscalYearText, kpiParams, planParams, refusals } from '../common-schemas.ts';
import {
  evaluationBody,
  evaluationSchemeBody,
  evaluationSchemeView,
  evaluationView,
} from './evaluation-schemas.ts';

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
          context.now(),
        ),
    );
    app.get(
      '/plans/:planId/evaluation-scheme',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'The plan’s evaluation levels, grades and published levels',
          params: planParams,
          response: { 200: evaluationSchemeView, ...refusals },
        },
      },
      async (request) =>
        getEvaluationScheme(context.reader.db, request.actor, request.params.planId),
    );
    app.put(
      '/plans/:planId/evaluation-scheme',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Set the plan’s evaluation levels, grades and published levels',
          params: planParams,
          body: evaluationSchemeBody,
          response: { 200: evaluationSchemeView, ...refusals },
        },
      },
      async (request) => {
        const { version, ...scheme } = request.body;
        return changeEvaluationScheme(
          store,
          { planId: request.params.planId, scheme, expectedVersion: version },
          request.actor,
          context.now(),
        );
      },
    );
  };
}
