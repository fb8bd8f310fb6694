import { z } from 'zod';
import { ROLES } from '../../../domain/access.ts';
import { MAX_PASSWORD_LENGTH } from '../../../services/password.ts';

const departments = z.array(z.string().trim().min(1).max(40)).max(50);

export const accountParams = z.object({ accountId: z.coerce.number().int().positive() });

export const newAccountBody = z.object({
  email: z.string().trim().min(3).max(254),
  name: z.string().trim().max(100).optional(),
  role: z.enum(ROLES),
  departments: departments.default([]),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const accountPatchBody = z.object({
  name: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  departments: departments.optional(),
  disabled: z.boolean().optional(),
  version: z.number().int().min(1),
});

export const passwordBody = z.object({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
