import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../../services/password.ts';
import type { SessionView } from '../../../domain/api-contract.ts';
import { accountView } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

export const signInBody = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

/** PUT /api/session/profile: your own name and e-mail address, either or both. */
export const profileBody = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    email: z.string().trim().min(3).max(254).optional(),
  })
  .refine((body) => body.name !== undefined || body.email !== undefined, 'nothing to change');

export const sessionView = viewSchema<SessionView>()(
  z.object({ user: accountView, csrfToken: z.string() }),
);
