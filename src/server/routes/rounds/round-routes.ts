import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { EntryAction } from '../../../domain/entry-state.ts';
import type { EntryRef } from '../../../services/rounds.ts';
import { getRoundBoard } from '../../../services/round-board.ts';
import { closeRound, openRound, transitionEntries } from '../../../services/rounds.ts';
import {
  presentRoundBoard,
  presentRoundClosed,
  presentRoundEntry,
  presentRoundOpened,
} from '../../../services/presenters/round-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { list, planParams, refusals } from '../common-schemas.ts';
import {
  approvalsBody,
  boardView,
  closedView,
  departmentBody,
  entryParams,
  entryView,
  openedView,
  openRoundBody,
  reopenBody,
  returnBody,
  roundParams,
} from './round-schemas.ts';

/** The yearly collection round (照会): open, read the board, close; move entries through review. */
export function roundRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { store } = context;
  return async (app) => {
    app.post(
      '/plans/:planId/rounds',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['rounds'],
          summary: 'Open the collection round of a fiscal year, with its due date',
          params: planParams,
          body: openRoundBody,
          response: { 201: openedView, ...refusals },
        },
      },
      async (request, reply) => {
        const opened = await openRound(
          store,
          {
            planId: request.params.planId,
            fiscalYear: request.body.fy,
            dueDate: request.body.due,
            publicUrl: context.mail.publicUrl,
          },
          request.actor,
          context.now(),
        );
        return reply.status(201).send(presentRoundOpened(opened));
      },
    );
    app.get(
      '/plans/:planId/rounds/:fy',
      {
        config: { access: 'member' },
        schema: {
          tags: ['rounds'],
          summary: "The round's board: progress per department and each entry (an editor: its own)",
          params: roundParams,
          response: { 200: boardView, ...refusals },
        },
      },
      async (request) =>
        presentRoundBoard(
          await getRoundBoard(
            store.db,
            request.actor,
            request.params.planId,
            request.params.fy,
            context.now(),
          ),
        ),
    );
    app.post(
      '/plans/:planId/rounds/:fy/close',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['rounds'],
          summary:
            'Close the round: the year is locked; answers what it left (entries by state, not approved, departments without an editor)',
          params: roundParams,
          response: { 200: closedView, ...refusals },
        },
      },
      async (request) => {
        const closed = await closeRound(
          store,
          { planId: request.params.planId, fiscalYear: request.params.fy },
          request.actor,
          context.now(),
        );
        return presentRoundClosed(closed);
      },
    );

    const move = async (
      params: { planId: number; fy: Parameters<typeof closeRound>[1]['fiscalYear'] },
      action: EntryAction,
      entries: readonly EntryRef[],
      actor: Parameters<typeof closeRound>[2],
    ) =>
      (
        await transitionEntries(
          store,
          {
            planId: params.planId,
            fiscalYear: params.fy,
            action,
            entries,
            publicUrl: context.mail.publicUrl,
          },
          actor,
          context.now(),
        )
      ).map(presentRoundEntry);

    const entryRoute = (
      verb: 'submit' | 'return' | 'approve' | 'reopen',
      access: 'editor' | 'admin',
      summary: string,
      body: typeof departmentBody | typeof returnBody | typeof reopenBody,
      action: (body: z.infer<typeof returnBody> & z.infer<typeof reopenBody>) => EntryAction,
    ) =>
      app.post(
        `/plans/:planId/rounds/:fy/entries/:code/${verb}`,
        {
          config: { access },
          schema: {
            tags: ['rounds'],
            summary,
            params: entryParams,
            body,
            response: { 200: entryView, ...refusals },
          },
        },
        async (request) => {
          const input = { comment: '', reason: '', ...request.body };
          const [moved] = await move(
            request.params,
            action(input),
            [{ code: request.params.code, department: input.department }],
            request.actor,
          );
          return moved;
        },
      );
    entryRoute(
      'submit',
      'editor',
      'Submit an entry for review (its department)',
      departmentBody,
      () => ({
        kind: 'submit',
      }),
    );
    entryRoute(
      'return',
      'admin',
      'Send a submitted entry back with a comment',
      returnBody,
      (b) => ({
        kind: 'return',
        comment: b.comment,
      }),
    );
    entryRoute('approve', 'admin', 'Approve a submitted entry', departmentBody, () => ({
      kind: 'approve',
    }));
    entryRoute('reopen', 'admin', 'Reopen an approved entry, with a reason', reopenBody, (b) => ({
      kind: 'reopen',
      reason: b.reason,
    }));

    app.post(
      '/plans/:planId/rounds/:fy/approvals',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['rounds'],
          summary: 'Approve several submitted entries at once (all or none)',
          params: roundParams,
          body: approvalsBody,
          response: { 200: list(entryView), ...refusals },
        },
      },
      async (request) =>
        move(request.params, { kind: 'approve' }, request.body.entries, request.actor),
    );
  };
}
