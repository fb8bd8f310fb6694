import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAccount,
  changeAccount,
  listAccountsFor,
  setPassword,
  withMunicipality,
} from '../../../services/accounts.ts';
import { presentAccount } from '../../../services/presenters/account-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { accountView, noContent, refusals } from '../common-schemas.ts';
import {
  accountParams,
  accountPatchBody,
  newAccountBody,
  passwordBody,
} from './account-schemas.ts';

/** The accounts of the admin's municipality: list, add, change role/departments, disable. */
export function accountRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  const present = async (account: Parameters<typeof withMunicipality>[1]) => {
    const found = await withMunicipality(store, account);
    return presentAccount(found.account, found.municipality);
  };
  return async (app) => {
    app.get(
      '/accounts',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['accounts'],
          summary: 'The accounts of your municipality',
          response: { 200: z.array(accountView), ...refusals },
        },
      },
      async (request) =>
        Promise.all((await listAccountsFor(store, request.actor)).map((a) => present(a))),
    );
    app.post(
      '/accounts',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['accounts'],
          summary: 'Add an account to your municipality',
          body: newAccountBody,
          response: { 201: accountView, ...refusals },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await present(await addAccount(store, request.body, request.actor, context.now()))),
    );
    app.patch(
      '/accounts/:accountId',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['accounts'],
          summary: 'Change an account’s name, role, departments, or disable it',
          params: accountParams,
          body: accountPatchBody,
          response: { 200: accountView, ...refusals },
        },
      },
      async (request) => {
        const { version, ...patch } = request.body;
        return present(
          await changeAccount(
            store,
            request.params.accountId,
            patch,
            version,
            request.actor,
            context.now(),
          ),
        );
      },
    );
    app.put(
      '/accounts/:accountId/password',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['accounts'],
          summary: 'Set an account’s password (its sessions end)',
          params: accountParams,
          body: passwordBody,
          response: { 204: noContent, ...refusals },
        },
      },
      async (request, reply) => {
        await setPassword(
          store,
          request.params.accountId,
          request.body.password,
          request.actor,
          context.now(),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
