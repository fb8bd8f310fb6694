import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addKpi, updateKpi } from '../../../services/plan-editing.ts';
import { changeKpiDepartments, moveKpi } from '../../../services/kpi-places.ts';
import { getKpiDetail } from '../../../services/plan-views.ts';
import { addKpiFrom, retireKpi, reviseKpi } from '../../../services/plan-life.ts';
import { ValidationError } from '../../../services/service-errors.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  kpiParams,
  noContent,
  planEditResult,
  planParams,
  refusals,
  viewQuery,
} from '../common-schemas.ts';
import { deleteKpi } from '../../../services/plan-deletion.ts';
import {
  kpiDepartmentsBody,
  kpiDepartmentsResult,
  kpiDetailView,
  kpiMoveBody,
  kpiPatchBody,
  kpiRetirementBody,
  kpiRetirementResult,
  kpiRevisionBody,
  kpiRevisionResult,
  newKpiBody,
} from './kpi-schemas.ts';

/** A dated addition says why: the reason goes to the audit log and the KPI's history. */
function requireReason(reason: string | undefined): string {
  if (reason === undefined) throw new ValidationError('reason', 'say why the KPI is added');
  return reason;
}

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
        const { policyNumber, themeNumber, code, from, reason, ...fields } = request.body;
        const where = { policyNumber, themeNumber, code };
        const { planId } = request.params;
        const result =
          from === undefined
            ? await addKpi(store, planId, where, fields, request.actor, context.now())
            : await addKpiFrom(
                store,
                { planId, from, reason: requireReason(reason), where, fields },
                request.actor,
                context.now(),
              );
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/plans/:planId/kpis/:code/revisions',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary: 'Revise a KPI from a fiscal year (years before keep their definition)',
          params: kpiParams,
          body: kpiRevisionBody,
          response: { 201: kpiRevisionResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { from, reason, ...patch } = request.body;
        const { planId, code } = request.params;
        const result = await reviseKpi(
          store,
          { planId, code, from, reason, patch },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(result);
      },
    );
    app.delete(
      '/plans/:planId/kpis/:code',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary:
            'Delete a KPI no published year listed (added by mistake); a published one is retired instead',
          params: kpiParams,
          response: { 204: noContent, ...refusals },
        },
      },
      async (request, reply) => {
        await deleteKpi(store, request.params, request.actor, context.now());
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/plans/:planId/kpis/:code/move',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary:
            'Move a KPI to a theme program (before one of its KPIs, or last); once a year is published, from a fiscal year and why (the years before keep its place)',
          params: kpiParams,
          body: kpiMoveBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { from, reason, ...to } = request.body;
        if ((from === undefined) !== (reason === undefined)) {
          throw new ValidationError(
            from === undefined ? 'from' : 'reason',
            'a dated move names the year it takes effect (from) and why (reason)',
          );
        }
        const { planId, code } = request.params;
        return moveKpi(
          store,
          { planId, code, to },
          request.actor,
          from === undefined || reason === undefined ? null : { from, reason },
          context.now(),
        );
      },
    );
    app.post(
      '/plans/:planId/kpis/:code/departments',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary:
            'Hand a KPI to other responsible departments from a fiscal year (the years before keep theirs)',
          params: kpiParams,
          body: kpiDepartmentsBody,
          response: { 201: kpiDepartmentsResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { planId, code } = request.params;
        const result = await changeKpiDepartments(
          store,
          { planId, code, ...request.body },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/plans/:planId/kpis/:code/retirement',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['kpis'],
          summary: 'Retire a KPI from a fiscal year (it stays in the years before)',
          params: kpiParams,
          body: kpiRetirementBody,
          response: { 201: kpiRetirementResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { planId, code } = request.params;
        const result = await retireKpi(
          store,
          { planId, code, ...request.body },
          request.actor,
          context.now(),
        );
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
        const { version, reason, ...patch } = request.body;
        const { planId, code } = request.params;
        return updateKpi(
          store,
          planId,
          code,
          patch,
          version,
          request.actor,
          reason ?? null,
          context.now(),
        );
      },
    );
  };
}
