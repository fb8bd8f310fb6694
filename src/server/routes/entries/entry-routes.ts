import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enterFigure, enterNarrative } from '../../../services/figure-entry.ts';
import { presentFigure, presentNarrative } from '../../../services/presenters/entry-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { fiscalYearText, kpiParams, refusals } from '../common-schemas.ts';
import { figureView, narrativeView } from '../kpis/kpi-schemas.ts';
import { entryBody, milestoneBody, narrativeBody } from './entry-schemas.ts';
import { setMilestone } from '../../../services/milestones.ts';

const yearParams = kpiParams.extend({ fy: fiscalYearText });

/** A year's figure and narrative of a KPI: an admin, or an editor of the KPI's department. */
export function entryRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.put(
      '/plans/:planId/kpis/:code/figures/:fy',
      {
        config: { access: 'editor' },
        schema: {
          tags: ['entry'],
          summary: 'Enter a yearly figure (409 when the version is stale)',
          params: yearParams,
          body: entryBody,
          response: { 200: figureView, ...refusals },
        },
      },
      async (request) => {
        const saved = await enterFigure(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            department: request.body.department,
            series: request.body.series,
            value: request.body.value,
            expectedVersion: request.body.version,
          },
          request.actor,
          context.now(),
        );
        return presentFigure(saved);
      },
    );
    app.put(
      '/plans/:planId/kpis/:code/milestones/:fy',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary:
            'Set a yearly milestone (年度目標) of a year not yet published (409 when the version is stale)',
          params: yearParams,
          body: milestoneBody,
          response: { 200: figureView, ...refusals },
        },
      },
      async (request) => {
        const saved = await setMilestone(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            value: request.body.value,
            expectedVersion: request.body.version,
          },
          request.actor,
          context.now(),
        );
        return presentFigure(saved);
      },
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
          response: { 200: narrativeView, ...refusals },
        },
      },
      async (request) => {
        const saved = await enterNarrative(
          store,
          {
            planId: request.params.planId,
            code: request.params.code,
            fiscalYear: request.params.fy,
            department: request.body.department,
            text: request.body.text,
            expectedVersion: request.body.version,
          },
          request.actor,
          context.now(),
        );
        return presentNarrative(saved);
      },
    );
  };
}
