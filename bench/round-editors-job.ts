import { z } from 'zod';

/** What the bench sends the editors' process (round-editors.ts) on its standard input. */
export const editorsJob = z.object({
  origin: z.string(),
  planId: z.number(),
  fiscalYear: z.number(),
  narrativeEvery: z.number().int().min(1),
  warmupSeconds: z.number(),
  seconds: z.number(),
  editors: z.array(
    z.object({
      index: z.number(),
      code: z.string(),
      cookie: z.string(),
      csrfToken: z.string(),
    }),
  ),
});

export type EditorsJob = z.infer<typeof editorsJob>;
