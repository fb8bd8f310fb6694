import { z } from 'zod';

/** What the bench sends the editors' process (round-editors.ts) on its standard input. */
export const editorsJob = z.object({
  origin: z.string(),
  planId: z.number(),
  fiscalYear: z.number(),
  narrativeEvery: z.number().int().min(1),
  warmupSeconds: z.number(),
  seconds: z.number(),
  /**
   * 0: closed loops, the next save as soon as the answer came (a stress test). Else the
   * pace of the entry form, which saves a draft this long after the typing stops: an editor
   * sends at most one save per `paceMs`, starting at a random moment within the first.
   */
  paceMs: z.number().min(0),
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
