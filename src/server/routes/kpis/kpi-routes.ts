import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addKpi, updateKpi } from '../../../services/plan-editing.ts';
import { getKpiDetail } from '../../../services/plan-views.ts';
import type { ServerContext } from '../../server-context.ts';
import { kpiParams, planEditResult, planParams, refusals, viewQuery } from '../common-schemas.ts';
import { kpiDetailView, kpiPatchBody, newKpiBody } from './kpi-schemas.ts';

/** KPIs: one with its history, adding one and editing its definition (admins). */
export function kpiRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.get(
      '/plans/:planId/kpis/:code',
      {
        config: { access: 'public' },
        schema: {
          tags: ['kpis'],
          summary: 'One KPI with its rate, trend and history',
          params: kpiParams,
          querystring: viewQuery,
          response: { 200: kpiDetailView, ...refusals },
        },
      },
      async (request) => {
        const { planId, code } = request.params;
        return getKpiDetail(context.reader.db, request.actor, planId, code, request.query.fy, {
          drafts: request.query.drafts,
        });
      },
    );
    app.post(
      '/plans/:planId/kpis',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary: 'Add a KPI',
          params: planParams,
          body: newKpiBody,
          response: { 201: planEditResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { policyNumber, themeNumber, code, ...fields } = request.body;
        const where = { policyNumber, themeNumber, code };
        const result = await addKpi(store, request.params.planId, where, fields, request.actor);
        return reply.status(201).send(result);
      },
    );
    app.patch(
      '/plans/:planId/kpis/:code',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary: 'Edit a KPI',
          params: kpiParams,
          body: kpiPatchBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { version, ...patch } = request.body;
        const { planId, code } = request.params;
        return updateKpi(store, planId, code, patch, version, request.actor);
      },
    );
  };
}
