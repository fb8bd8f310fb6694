import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enterFigure, enterNarrative } from '../../services/figure-entry.ts';
import {
  addKpi,
  addPolicy,
  addTheme,
  createPlan,
  renamePolicy,
  updateKpi,
  updatePlanSettings,
  updateTheme,
} from '../../services/plan-editing.ts';
import {
  entryBody,
  fiscalYearText,
  kpiParams,
  kpiPatchBody,
  narrativeBody,
  newKpiBody,
  newPlanBody,
  newPolicyBody,
  newThemeBody,
  planParams,
  planPatchBody,
  policyParams,
  policyPatchBody,
  themeParams,
  themePatchBody,
} from '../schemas.ts';
import type { ServerContext } from '../server-context.ts';

const yearParams = kpiParams.extend({ fy: fiscalYearText });

/** Write routes: plans, the plan tree, KPIs, yearly figures and narratives; every one through actorOf. */
export function writeRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.post(
      '/plans',
      { schema: { tags: ['plans'], summary: 'Create a plan', body: newPlanBody } },
      async (request, reply) => {
        const { municipality, ...plan } = request.body;
        const result = await createPlan(
          store,
          { ...plan, municipality: municipality ?? context.municipality },
          context.actorOf(request),
        );
        return reply.status(201).send(result);
      },
    );
    app.patch(
      '/plans/:planId',
      {
        schema: {
          tags: ['plans'],
          summary: 'Set a plan’s period, rate precision and grading scale',
          params: planParams,
          body: planPatchBody,
        },
      },
      async (request) => {
        const { version, ...patch } = request.body;
        return updatePlanSettings(
          store,
          request.params.planId,
          patch,
          version,
          context.actorOf(request),
        );
      },
    );
    app.post(
      '/plans/:planId/policies',
      {
        schema: {
          tags: ['plans'],
          summary: 'Add a basic policy',
          params: planParams,
          body: newPolicyBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addPolicy(store, request.params.planId, request.body, context.actorOf(request)),
          ),
    );
    app.post(
      '/plans/:planId/policies/:policyNumber/themes',
      {
        schema: {
          tags: ['plans'],
          summary: 'Add a theme program',
          params: policyParams,
          body: newThemeBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addTheme(
              store,
              request.params.planId,
              request.params.policyNumber,
              request.body,
              context.actorOf(request),
            ),
          ),
    );
    app.patch(
      '/plans/:planId/policies/:policyNumber',
      {
        schema: {
          tags: ['plans'],
          summary: 'Rename a basic policy',
          params: policyParams,
          body: policyPatchBody,
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        const { planId, policyNumber } = request.params;
        return renamePolicy(store, planId, policyNumber, input, version, context.actorOf(request));
      },
    );
    app.patch(
      '/plans/:planId/policies/:policyNumber/themes/:themeNumber',
      {
        schema: {
          tags: ['plans'],
          summary: 'Rename a theme program or set its action items',
          params: themeParams,
          body: themePatchBody,
        },
      },
      async (request) => {
        const { planId, ...where } = request.params;
        const { version, ...patch } = request.body;
        return updateTheme(store, planId, where, patch, version, context.actorOf(request));
      },
    );
    app.post(
      '/plans/:planId/kpis',
      { schema: { tags: ['kpis'], summary: 'Add a KPI', params: planParams, body: newKpiBody } },
      async (request, reply) => {
        const { policyNumber, themeNumber, code, ...fields } = request.body;
        const result = await addKpi(
          store,
          request.params.planId,
          { policyNumber, themeNumber, code },
          fields,
          context.actorOf(request),
        );
        return reply.status(201).send(result);
      },
    );
    app.patch(
      '/plans/:planId/kpis/:code',
      { schema: { tags: ['kpis'], summary: 'Edit a KPI', params: kpiParams, body: kpiPatchBody } },
      async (request) => {
        const { version, ...patch } = request.body;
        const { planId, code } = request.params;
        return updateKpi(store, planId, code, patch, version, context.actorOf(request));
      },
    );
    app.put(
      '/plans/:planId/kpis/:code/figures/:fy',
      {
        config: { access: 'editor' },
        schema: {
          tags: ['entry'],
          summary: 'Enter a yearly figure (409 when the version is stale)',
          params: yearParams,
          body: entryBody,
        },
      },
      async (request) =>
        enterFigure(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            department: request.body.department,
            value: request.body.value,
            expectedVersion: request.body.version,
          },
          context.actorOf(request),
        ),
    );
    app.put(
      '/plans/:planId/kpis/:code/narratives/:fy',
      {
        config: { access: 'editor' },
        schema: {
          tags: ['entry'],
          summary: 'Enter the year’s narrative (取組内容)',
          params: yearParams,
          body: narrativeBody,
        },
      },
      async (request) =>
        enterNarrative(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            department: request.body.department,
            text: request.body.text,
            expectedVersion: request.body.version,
          },
          context.actorOf(request),
        ),
    );
  };
}
