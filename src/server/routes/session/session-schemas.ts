import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../../services/password.ts';
import { accountView } from '../common-schemas.ts';

export const signInBody = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const sessionView = z.object({ user: accountView, csrfToken: z.string() });
