import { z } from 'zod';
import { list } from '../common-schemas.ts';

/** What an import did: the plan, the year, and one line per addition, change and overwrite. */
export const importResultView = z.object({
  planId: z.number(),
  planName: z.string(),
  fiscalYear: z.number(),
  kpis: z.number(),
  added: list(z.string()),
  changed: list(z.string()),
  overwritten: list(z.string()),
  acceptedProblems: list(z.string()),
});

/** `?acceptProblems=true`: import a file whose reading raised problems, as read. */
export const importQuery = z.object({
  acceptProblems: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe(
      'Import even when the reading raised problems (a unit that differs, a missing baseline, a KPI given twice); without it such a file is refused with 400, naming the first problem’s row and column',
    ),
});
