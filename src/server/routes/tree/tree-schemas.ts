import { z } from 'zod';
import { changeReason, fiscalYearText, nonEmpty, recordVersion } from '../common-schemas.ts';

export const newPolicyBody = z.object({
  number: z.string().trim().min(1).max(10),
  name: z.string().trim().min(1).max(200),
});

const actionItems = z.array(z.string().trim().min(1).max(10)).max(100);

export const newThemeBody = newPolicyBody.extend({ actionItems: actionItems.default([]) });

/** A rename from a fiscal year, and why: required once a year of the plan is published. */
const renameDate = { from: fiscalYearText.optional(), reason: changeReason.optional() };

export const policyPatchBody = z.object({
  name: z.string().trim().min(1).max(200),
  version: recordVersion,
  ...renameDate,
});

export const themePatchBody = z
  .object({ name: z.string().trim().min(1).max(200), actionItems })
  .partial()
  .extend({ version: recordVersion, ...renameDate })
  .refine(nonEmpty, 'nothing to change');

/** POST …/policies/:policyNumber/move: the policy it goes before (null: last). */
export const policyMoveBody = z.strictObject({ before: z.string().min(1).max(10).nullable() });

/** POST …/themes/:themeNumber/move: the policy it goes under and the theme it goes before. */
export const themeMoveBody = z.strictObject({
  policyNumber: z.string().min(1).max(10),
  before: z.string().min(1).max(10).nullable(),
});
