import { z } from 'zod';
import { nonEmpty, recordVersion } from '../common-schemas.ts';

export const newPolicyBody = z.object({
  number: z.string().trim().min(1).max(10),
  name: z.string().trim().min(1).max(200),
});

const actionItems = z.array(z.string().trim().min(1).max(10)).max(100);

export const newThemeBody = newPolicyBody.extend({ actionItems: actionItems.default([]) });

export const policyPatchBody = z.object({
  name: z.string().trim().min(1).max(200),
  version: recordVersion,
});

export const themePatchBody = z
  .object({ name: z.string().trim().min(1).max(200), actionItems })
  .partial()
  .extend({ version: recordVersion })
  .refine(nonEmpty, 'nothing to change');
