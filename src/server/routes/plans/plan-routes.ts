import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createPlan, updatePlanSettings } from '../../../services/plan-editing.ts';
import { getPlanTree } from '../../../services/plan-tree.ts';
import { getPlanSummary, listPlanViews } from '../../../services/plan-views.ts';
import { ReportCache } from '../../../services/report-cache.ts';
import { sendJson } from '../../send-json.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  list,
  planEditResult,
  planParams,
  planSummaryView,
  noContent,
  refusals,
  viewQuery,
} from '../common-schemas.ts';
import { newPlanBody, planPatchBody, planTreeView, successorBody } from './plan-schemas.ts';
import { createSuccessorPlan } from '../../../services/successor-plan.ts';
import { deletePlan } from '../../../services/plan-deletion.ts';
import { planReportView } from './report-schemas.ts';

/** Plans: the list, one plan, its tree and its yearly report; creating one and its settings. */
export function planRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store, reader } = context;
  // Reads go to the read connection: a visitor's report never queues behind edits.
  const { db } = reader;
  const reports = new ReportCache(reader);
  return async (app) => {
    app.get(
      '/plans',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'Plans with the fiscal years you may read',
          response: { 200: list(planSummaryView) },
        },
      },
      async (request) => listPlanViews(db, request.actor),
    );
    app.get(
      '/plans/:planId',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'One plan',
          params: planParams,
          response: { 200: planSummaryView, ...refusals },
        },
      },
      async (request) => getPlanSummary(db, request.actor, request.params.planId),
    );
    app.get(
      '/plans/:planId/tree',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'The plan tree: basic policies, theme programs and their KPIs',
          params: planParams,
          response: { 200: planTreeView, ...refusals },
        },
      },
      async (request) => getPlanTree(db, request.actor, request.params.planId),
    );
    app.get(
      '/plans/:planId/report',
      {
        config: { access: 'public' },
        schema: {
          tags: ['plans'],
          summary: 'The KPI table of a fiscal year with computed rates, grades and projections',
          params: planParams,
          querystring: viewQuery,
          response: { 200: planReportView, ...refusals },
        },
      },
      async (request, reply) => {
        const body = await reports.report(request.actor, request.params.planId, request.query.fy, {
          drafts: request.query.drafts,
        });
        return sendJson(request, reply, body);
      },
    );
    app.post(
      '/plans',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Create a plan (in your municipality)',
          body: newPlanBody,
          response: { 201: planEditResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { municipality, ...plan } = request.body;
        const result = await createPlan(
          store,
          { ...plan, municipality: municipality ?? context.municipality },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(result);
      },
    );
    app.delete(
      '/plans/:planId',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Delete a plan none of whose years was ever published (set up by mistake)',
          params: planParams,
          response: { 204: noContent, ...refusals },
        },
      },
      async (request, reply) => {
        await deletePlan(store, request.params.planId, request.actor, context.now());
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/plans/:planId/successor',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary:
            'Make the next plan (次期計画) from this one: its own period and grades, the KPIs carried over linked to the ones they continue',
          params: planParams,
          body: successorBody,
          response: { 201: planEditResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { gradeScale, ...rest } = request.body;
        const result = await createSuccessorPlan(
          store,
          { ...rest, ...(gradeScale ? { gradeScale } : {}), planId: request.params.planId },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(result);
      },
    );
    app.patch(
      '/plans/:planId',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Set a plan’s period, rate precision and grading scale',
          params: planParams,
          body: planPatchBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { version, ...patch } = request.body;
        return updatePlanSettings(
          store,
          request.params.planId,
          patch,
          version,
          request.actor,
          context.now(),
        );
      },
    );
  };
}
