// After a run of the round-entries bench: every editor's figure and narrative read back from
// the database and compared with what that editor's last answered save said it saved.
import type { DatabaseTarget } from '../src/db/database.ts';
import { createDatabase } from '../src/db/database.ts';
import type { EditorOutcome, SavedSlot } from './round-editors-result.ts';
import { ROUND_YEAR } from './round-plan.ts';

export interface RoundCheck {
  /** Slots read back: a figure and a narrative per editor. */
  readonly slots: number;
  /** Slots holding another (earlier, or no) value of their own editor than its last saved one. */
  readonly lost: number;
  /** Slots holding another editor's value, or answers that named another value than was sent. */
  readonly mixedUp: number;
  /** Slots whose version is not the number of saves answered 200. */
  readonly versionsOff: number;
}

interface Stored {
  readonly code: string;
  readonly saved: string | null;
  readonly version: number;
}

/** Whose value it is: the editor index at its head (round-editor-loop.ts). */
function ownerOf(saved: string): number {
  const narrative = /^編集者(\d+)の取組/.exec(saved);
  return narrative ? Number(narrative[1]) : Math.floor(Number(saved) / 1_000_000);
}

async function readBack(target: DatabaseTarget, planId: number) {
  const handle = createDatabase(target);
  try {
    const [figures, narratives] = await Promise.all([
      handle.db
        .selectFrom('year_figures')
        .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
        .select(['kpis.code', 'year_figures.value as saved', 'year_figures.version'])
        .where('kpis.plan_id', '=', planId)
        .where('year_figures.fiscal_year', '=', ROUND_YEAR)
        .where('year_figures.series', '=', 'actual')
        .where('year_figures.department_id', 'is', null)
        .execute(),
      handle.db
        .selectFrom('narratives')
        .innerJoin('kpis', 'kpis.id', 'narratives.kpi_id')
        .select(['kpis.code', 'narratives.text as saved', 'narratives.version'])
        .where('kpis.plan_id', '=', planId)
        .where('narratives.fiscal_year', '=', ROUND_YEAR)
        .where('narratives.department_id', 'is', null)
        .execute(),
    ]);
    const byCode = (rows: Stored[]) => new Map(rows.map((row) => [row.code, row]));
    return { figures: byCode(figures), narratives: byCode(narratives) };
  } finally {
    await handle.destroy();
  }
}

type Verdict = 'ok' | 'lost' | 'mixed up';

function verdict(index: number, slot: SavedSlot, stored: Stored | undefined): Verdict {
  if (slot.answered !== slot.sent) return 'mixed up';
  const saved = stored?.saved ?? null;
  if (saved === slot.sent) return 'ok';
  return saved !== null && ownerOf(saved) !== index ? 'mixed up' : 'lost';
}

/** Compares each editor's last answered saves with the figures and narratives stored. */
export async function checkRound(
  target: DatabaseTarget,
  planId: number,
  outcomes: readonly EditorOutcome[],
): Promise<RoundCheck> {
  const stored = await readBack(target, planId);
  let lost = 0;
  let mixedUp = 0;
  let versionsOff = 0;
  for (const outcome of outcomes) {
    const pairs = [
      [outcome.figure, stored.figures.get(outcome.code)],
      [outcome.narrative, stored.narratives.get(outcome.code)],
    ] as const;
    for (const [slot, row] of pairs) {
      const found = verdict(outcome.index, slot, row);
      if (found === 'lost') lost += 1;
      if (found === 'mixed up') mixedUp += 1;
      if ((row?.version ?? 0) !== slot.saves) versionsOff += 1;
    }
  }
  return { slots: outcomes.length * 2, lost, mixedUp, versionsOff };
}
