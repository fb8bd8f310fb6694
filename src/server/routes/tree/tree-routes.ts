import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addPolicy, addTheme } from '../../../services/plan-editing.ts';
import {
  movePolicy,
  moveTheme,
  renamePolicy,
  updateTheme,
} from '../../../services/tree-editing.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  planEditResult,
  planParams,
  policyParams,
  refusals,
  themeParams,
} from '../common-schemas.ts';
import {
  newPolicyBody,
  newThemeBody,
  policyMoveBody,
  policyPatchBody,
  themeMoveBody,
  themePatchBody,
} from './tree-schemas.ts';

/** The plan tree's inner nodes: basic policies and theme programs (admins only). */
export function treeRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.post(
      '/plans/:planId/policies',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Add a basic policy',
          params: planParams,
          body: newPolicyBody,
          response: { 201: planEditResult, ...refusals },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addPolicy(
              store,
              request.params.planId,
              request.body,
              request.actor,
              context.now(),
            ),
          ),
    );
    app.patch(
      '/plans/:planId/policies/:policyNumber',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary:
            'Rename a basic policy (from a fiscal year, with a reason, once a year is published)',
          params: policyParams,
          body: policyPatchBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        const { planId, policyNumber } = request.params;
        return renamePolicy(
          store,
          planId,
          policyNumber,
          input,
          version,
          request.actor,
          context.now(),
        );
      },
    );
    app.post(
      '/plans/:planId/policies/:policyNumber/themes',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Add a theme program',
          params: policyParams,
          body: newThemeBody,
          response: { 201: planEditResult, ...refusals },
        },
      },
      async (request, reply) => {
        const { planId, policyNumber } = request.params;
        const result = await addTheme(
          store,
          planId,
          policyNumber,
          request.body,
          request.actor,
          context.now(),
        );
        return reply.status(201).send(result);
      },
    );
    app.patch(
      '/plans/:planId/policies/:policyNumber/themes/:themeNumber',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary:
            'Rename a theme program (from a fiscal year once a year is published) or set its action items',
          params: themeParams,
          body: themePatchBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { planId, ...where } = request.params;
        const { version, ...patch } = request.body;
        return updateTheme(store, planId, where, patch, version, request.actor, context.now());
      },
    );
    app.post(
      '/plans/:planId/policies/:policyNumber/move',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Move a basic policy before another (a plan not yet published)',
          params: policyParams,
          body: policyMoveBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { planId, policyNumber } = request.params;
        return movePolicy(
          store,
          planId,
          policyNumber,
          request.body.before,
          request.actor,
          context.now(),
        );
      },
    );
    app.post(
      '/plans/:planId/policies/:policyNumber/themes/:themeNumber/move',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['plans'],
          summary: 'Move a theme program, its KPIs with it (a plan not yet published)',
          params: themeParams,
          body: themeMoveBody,
          response: { 200: planEditResult, ...refusals },
        },
      },
      async (request) => {
        const { planId, ...where } = request.params;
        return moveTheme(store, planId, where, request.body, request.actor, context.now());
      },
    );
  };
}
