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
});
