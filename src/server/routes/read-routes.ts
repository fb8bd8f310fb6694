import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listMunicipalities } from '../../db/municipality-repository.ts';
import { getPlanTree } from '../../services/plan-tree.ts';
import { getKpiDetail, getPlanSummary, listPlanViews } from '../../services/plan-views.ts';
import { ReportCache } from '../../services/report-cache.ts';
import { sendJson } from '../send-json.ts';
import { kpiParams, planParams, yearQuery } from '../schemas.ts';
import type { ServerContext } from '../server-context.ts';

/** Read routes: municipalities, plans, the plan tree, the KPI table of a year, one KPI with its history. */
export function readRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.store;
  const reports = new ReportCache();
  return async (app) => {
    app.get('/health', { schema: { tags: ['meta'], summary: 'Liveness' } }, async () => ({
      status: 'ok',
    }));
    app.get(
      '/municipalities',
      { schema: { tags: ['plans'], summary: 'Municipalities' } },
      async () => listMunicipalities(db),
    );
    app.get(
      '/plans',
      { schema: { tags: ['plans'], summary: 'Plans with their fiscal years' } },
      async (request) => listPlanViews(db, request.actor),
    );
    app.get(
      '/plans/:planId',
      { schema: { tags: ['plans'], summary: 'One plan', params: planParams } },
      async (request) => getPlanSummary(db, request.actor, request.params.planId),
    );
    app.get(
      '/plans/:planId/tree',
      {
        schema: {
          tags: ['plans'],
          summary: 'The plan tree: basic policies, theme programs and their KPIs',
          params: planParams,
        },
      },
      async (request) => getPlanTree(db, request.actor, request.params.planId),
    );
    app.get(
      '/plans/:planId/report',
      {
        schema: {
          tags: ['plans'],
          summary: 'The KPI table of a fiscal year with computed rates, grades and projections',
          params: planParams,
          querystring: yearQuery,
        },
      },
      async (request, reply) => {
        const body = await reports.report(
          context.store,
          request.actor,
          request.params.planId,
          request.query.fy,
        );
        return sendJson(request, reply, body);
      },
    );
    app.get(
      '/plans/:planId/kpis/:code',
      {
        schema: {
          tags: ['kpis'],
          summary: 'One KPI with its rate, trend and history',
          params: kpiParams,
          querystring: yearQuery,
        },
      },
      async (request) =>
        getKpiDetail(
          db,
          request.actor,
          request.params.planId,
          request.params.code,
          request.query.fy,
        ),
    );
  };
}
