import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addDepartment,
  listDepartmentsFor,
  mergeDepartment,
  renameDepartment,
} from '../../../services/departments.ts';
import { presentDepartment } from '../../../services/presenters/department-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { refusals } from '../common-schemas.ts';
import {
  departmentMergeBody,
  departmentParams,
  departmentRenameBody,
  departmentView,
  newDepartmentBody,
} from './department-schemas.ts';

/** The municipality's departments (issue 20): members read the list, admins keep it. */
export function departmentRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.get(
      '/departments',
      {
        config: { access: 'member' },
        schema: {
          tags: ['departments'],
          summary: 'The departments of your municipality, each with its renames',
          response: { 200: z.array(departmentView), ...refusals },
        },
      },
      async (request) => (await listDepartmentsFor(store, request.actor)).map(presentDepartment),
    );
    app.post(
      '/departments',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['departments'],
          summary: 'Add a department to the list accounts and KPIs choose from',
          body: newDepartmentBody,
          response: { 201: departmentView, ...refusals },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentDepartment(
              await addDepartment(store, request.body, request.actor, context.now()),
            ),
          ),
    );
    app.post(
      '/departments/:departmentId/renames',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['departments'],
          summary:
            'Rename a department from a fiscal year (機構改革); the years before keep the old name',
          params: departmentParams,
          body: departmentRenameBody,
          response: { 201: departmentView, ...refusals },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentDepartment(
              await renameDepartment(
                store,
                { department: request.params.departmentId, ...request.body },
                request.actor,
                context.now(),
              ),
            ),
          ),
    );
    app.post(
      '/departments/:departmentId/merge',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['departments'],
          summary:
            'Merge a department into another from a fiscal year (機構改革); the years before keep both',
          params: departmentParams,
          body: departmentMergeBody,
          response: { 201: departmentView, ...refusals },
        },
      },
      async (request, reply) => {
        const merged = await mergeDepartment(
          store,
          { department: request.params.departmentId, ...request.body },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(presentDepartment(merged));
      },
    );
  };
}
