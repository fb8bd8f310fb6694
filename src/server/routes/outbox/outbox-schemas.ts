import { z } from 'zod';
import { DELIVERY_STATES } from '../../../domain/outbox-delivery.ts';
import { list } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';
import type { OutboxMessageView, OutboxView } from '../../../domain/api-contract.ts';

export const outboxQuery = z.object({
  plan: z.coerce.number().int().positive().optional(),
  /** Only messages not sent yet (pending, or given up after every attempt). */
  pending: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((text) => text === '1' || text === 'true'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const outboxMessageView = viewSchema<OutboxMessageView>()(
  z.object({
    id: z.number(),
    kind: z.string(),
    planId: z.number().nullable(),
    fiscalYear: z.number().nullable(),
    recipient: z.string(),
    subject: z.string(),
    body: z.string(),
    state: z.enum(DELIVERY_STATES),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sendAfter: z.string(),
    sentAt: z.string().nullable(),
  }),
);

export const outboxView = viewSchema<OutboxView>()(
  z.object({
    smtpConfigured: z.boolean(),
    from: z.string(),
    messages: list(outboxMessageView),
  }),
);
