import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditPageView } from '../../../domain/api-contract.ts';
import { readAudit } from '../../../services/audit-reading.ts';
import { presentAuditEntry } from '../../../services/presenters/audit-presenter.ts';
import type { ServerContext } from '../../server-context.ts';
import { auditEntryView, list, refusals } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

const instant = z
  .string()
  .max(40)
  .refine((text) => !Number.isNaN(Date.parse(text)), 'expected a date such as 2025-04-01')
  .transform((text) => new Date(text).toISOString());

export const auditQuery = z.object({
  plan: z.coerce.number().int().positive().optional(),
  kpi: z.string().min(1).max(20).optional(),
  account: z.coerce.number().int().positive().optional(),
  since: instant.optional(),
  until: instant.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditPageView = viewSchema<AuditPageView>()(
  z.object({ entries: list(auditEntryView), next: z.number().nullable() }),
);

/** GET /api/audit: the admin's municipality's log, filtered and paged, newest first. */
export function auditRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['audit'],
          summary: 'The audit log: who changed what, when, from where; old and new value',
          querystring: auditQuery,
          response: {
            200: auditPageView,
            ...refusals,
          },
        },
      },
      async (request) => {
        const q = request.query;
        const page = await readAudit(context.store, request.actor, {
          limit: q.limit,
          ...(q.plan === undefined ? {} : { planId: q.plan }),
          ...(q.kpi === undefined ? {} : { kpiCode: q.kpi }),
          ...(q.account === undefined ? {} : { accountId: q.account }),
          ...(q.since === undefined ? {} : { since: q.since }),
          ...(q.until === undefined ? {} : { until: q.until }),
          ...(q.before === undefined ? {} : { before: q.before }),
        });
        return {
          next: page.next,
          entries: page.entries.map(presentAuditEntry),
        };
      },
    );
  };
}
