import { z } from 'zod';

/** What one editor last saved into one of its slots (its KPI's figure, or its narrative). */
const savedSlot = z.object({
  /** What the editor sent in its last save answered 200; null before the first. */
  sent: z.string().nullable(),
  /** What that answer said was saved: its `value` (a figure) or `text` (a narrative). */
  answered: z.string().nullable(),
  /** The version that answer carried, which the editor's next save names. */
  version: z.number(),
  /** Saves answered 200. */
  saves: z.number(),
});

export type SavedSlot = z.infer<typeof savedSlot>;

const editorOutcome = z.object({
  index: z.number(),
  code: z.string(),
  figure: savedSlot,
  narrative: savedSlot,
});

export type EditorOutcome = z.infer<typeof editorOutcome>;

/** What the editors' process (round-editors.ts) prints: one JSON object. */
export const editorsResult = z.object({
  /** Requests started in the measured window, after the warm-up. */
  requests: z.number(),
  seconds: z.number(),
  rps: z.number(),
  p50: z.number(),
  p99: z.number(),
  /** Answers of the whole run (warm-up included) by status; `network` for a failed request. */
  statuses: z.record(z.string(), z.number()),
  outcomes: z.array(editorOutcome),
});

export type EditorsResult = z.infer<typeof editorsResult>;
