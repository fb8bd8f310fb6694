import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { EditorOutcome, SavedSlot } from './round-editors-result.ts';

/** An editor as the editors' process receives it: where it writes and its session. */
export interface LoopEditor {
  readonly index: number;
  readonly code: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

export interface LoopPlan {
  readonly origin: string;
  readonly planId: number;
  readonly fiscalYear: number;
  /** Every `narrativeEvery`th save is of the narrative, the others of the figure. */
  readonly narrativeEvery: number;
  /** performance.now() from which requests are timed (the warm-up ends). */
  readonly timedFrom: number;
  /** performance.now() after which no request is sent. */
  readonly until: number;
  /** 0: closed loops; else at most one save per `paceMs` (round-editors-job.ts). */
  readonly paceMs: number;
}

const sleep = (ms: number) => new Promise((go) => setTimeout(go, ms));

/** What the loops record: latencies of the timed requests, every answer by status. */
export interface LoopRecord {
  readonly latencies: number[];
  readonly statuses: Map<string, number>;
}

const savedFigure = z.object({ version: z.number(), value: z.string().nullable() });
const savedNarrative = z.object({ version: z.number(), text: z.string() });
const conflict = z.object({
  error: z.object({ details: z.object({ actualVersion: z.number() }) }),
});

/**
 * The `n`th value editor `index` saves: its index, then the count, so a figure found in the
 * wrong KPI names the editor it came from (editor 7's 12th save is 7000012).
 */
export const figureValue = (index: number, n: number): string => String(index * 1_000_000 + n);
export const narrativeText = (index: number, n: number): string => `編集者${index}の取組 ${n}`;

const emptySlot = (): SavedSlot => ({ sent: null, answered: null, version: 0, saves: 0 });

/** What a 200 answer says was saved (a figure's `value`, a narrative's `text`), and its version. */
function answeredSave(narrative: boolean, json: unknown) {
  if (narrative) {
    const { text, version } = savedNarrative.parse(json);
    return { answered: text, version };
  }
  const { value, version } = savedFigure.parse(json);
  return { answered: value, version };
}

async function save(plan: LoopPlan, editor: LoopEditor, slot: SavedSlot, n: number) {
  const narrative = n % plan.narrativeEvery === 0;
  const sent = narrative ? narrativeText(editor.index, n) : figureValue(editor.index, n);
  const what = narrative ? 'narratives' : 'figures';
  const url = `${plan.origin}/api/plans/${plan.planId}/kpis/${encodeURIComponent(editor.code)}/${what}/${plan.fiscalYear}`;
  const body = narrative
    ? { text: sent, department: null, version: slot.version }
    : { value: sent, department: null, version: slot.version };
  const response = await fetch(url, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      cookie: editor.cookie,
      'x-csrf-token': editor.csrfToken,
    },
    body: JSON.stringify(body),
  });
  // Read whatever came, so an answer that is not JSON (a proxy's 502) counts by its status.
  const answer = await response.text();
  if (response.status === 200) {
    const ok = answeredSave(narrative, JSON.parse(answer));
    slot.sent = sent;
    slot.answered = ok.answered;
    slot.version = ok.version;
    slot.saves += 1;
  } else if (response.status === 409) {
    // Nobody else writes this slot, so a conflict is a bug to count; carry on from the
    // stored version so that one conflict is not followed by a conflict on every save.
    const stale = conflict.safeParse(JSON.parse(answer));
    if (stale.success) slot.version = stale.data.error.details.actualVersion;
  }
  return String(response.status);
}

/**
 * One editor saving drafts of its own KPI's figure (and now and then its narrative) until
 * `plan.until`: each save names the version the previous answer carried and is sent only once
 * that answer came — at once (closed loop), or at the entry form's pace.
 */
export async function editorLoop(
  plan: LoopPlan,
  editor: LoopEditor,
  record: LoopRecord,
): Promise<EditorOutcome> {
  const figure = emptySlot();
  const narrative = emptySlot();
  if (plan.paceMs > 0) await sleep(Math.random() * plan.paceMs);
  for (let n = 1; performance.now() < plan.until; n += 1) {
    const slot = n % plan.narrativeEvery === 0 ? narrative : figure;
    const started = performance.now();
    const next = started + plan.paceMs;
    let status: string;
    try {
      status = await save(plan, editor, slot, n);
    } catch {
      status = 'network';
    }
    if (started >= plan.timedFrom) record.latencies.push(performance.now() - started);
    record.statuses.set(status, (record.statuses.get(status) ?? 0) + 1);
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
  }
  return { index: editor.index, code: editor.code, figure, narrative };
}
