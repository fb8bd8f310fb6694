import { z } from 'zod';
import type { DepartmentView } from '../../../domain/api-contract.ts';
import { fiscalYearText, list } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

const name = z.string().min(1).max(100);

export const departmentParams = z.object({ departmentId: z.coerce.number().int().positive() });

export const newDepartmentBody = z.strictObject({ name });

export const departmentRenameBody = z.strictObject({
  newName: name,
  /** The first fiscal year under the new name (R7). */
  from: fiscalYearText,
  reason: z.string().min(1).max(2000),
});

export const departmentView = viewSchema<DepartmentView>()(
  z.object({
    id: z.number(),
    name: z.string(),
    renames: list(
      z.object({
        fromYear: z.number(),
        oldName: z.string(),
        newName: z.string(),
        reason: z.string(),
        at: z.string(),
      }),
    ),
    mergedInto: z.object({ name: z.string(), fromYear: z.number() }).nullable(),
  }),
);

export const departmentMergeBody = z.strictObject({
  /** The department it joins, by id. */
  into: z.number().int().positive(),
  /** The first fiscal year as one department (R7). */
  from: fiscalYearText,
  reason: z.string().min(1).max(2000),
});
