import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../src/db/database.ts';
import { withServer } from './bench-server.ts';
import { postgresSchema, PG_URL } from './postgres-schema.ts';
import type { RoundCheck } from './round-check.ts';
import { checkRound } from './round-check.ts';
import type { RoundEditor, RoundPlan } from './round-plan.ts';
import { prepareRoundPlan, ROUND_YEAR } from './round-plan.ts';
import type { EditorsResult } from './round-editors-result.ts';
import { runEditors } from './round-editors-process.ts';

const EDITORS = 200;
const NARRATIVE_EVERY = 10;
const BARE_SERVER = fileURLToPath(new URL('./round-bare-server.ts', import.meta.url));
const P99_TARGET_MS = 100;
/** The entry form saves a draft this long after the typing stops (use-autosave.ts). */
const FORM_PACE_MS = 1200;

interface Run {
  readonly result: EditorsResult;
  readonly check: RoundCheck;
}

/** The editors' loops against the server at `origin` for a 3 s warm-up, then `seconds`. */
function editorsAgainst(
  origin: string,
  planId: number,
  editors: readonly RoundEditor[],
  seconds: number,
  paceMs = 0,
) {
  return runEditors({
    paceMs,
    origin,
    planId,
    fiscalYear: ROUND_YEAR,
    narrativeEvery: NARRATIVE_EVERY,
    warmupSeconds: Math.min(3, seconds),
    seconds,
    editors: [...editors],
  });
}

/** Runs the editors against Mieruka serving the round on `target`, then checks what it stored. */
async function measureDatabase(
  target: DatabaseTarget,
  plan: RoundPlan,
  seconds: number,
  paceMs: number,
): Promise<Run> {
  const location = target.kind === 'sqlite' ? target.file : target.url;
  const result = await withServer(
    ['existing', target.kind, location, String(plan.planId)],
    (server) => editorsAgainst(server.origin, plan.planId, plan.editors, seconds, paceMs),
  );
  return { result, check: await checkRound(target, plan.planId, result.outcomes) };
}

const errorsOf = (result: EditorsResult): [string, number][] =>
  Object.entries(result.statuses).filter(([status]) => status !== '200');
const count = (entries: [string, number][]) => entries.reduce((sum, [, n]) => sum + n, 0);
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

function describe(result: EditorsResult): string {
  return `${result.requests} requests, ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`;
}

function printRun(label: string, { result, check }: Run, bare: EditorsResult): void {
  const errors = errorsOf(result);
  const errorCount = count(errors);
  const byStatus = errors.map(([status, n]) => `${status} × ${n}`).join(', ');
  const wrong = check.lost + check.mixedUp;
  console.log(
    `${label}: ${describe(result)} — ${(result.rps / bare.rps).toFixed(2)}× the bare route's req/s, ` +
      `p99 ${(result.p99 / bare.p99).toFixed(1)}× its p99`,
  );
  console.log(
    `  errors (non-2xx and network, warm-up included): ${errorCount}${byStatus ? ` (${byStatus})` : ''} — target 0: ${met(errorCount === 0)}`,
  );
  console.log(
    `  lost or mixed-up, read back from the database: ${wrong} of ${check.slots} figures and narratives ` +
      `(${check.lost} lost, ${check.mixedUp} mixed up) — target 0: ${met(wrong === 0)}; ` +
      `versions off the count of saves: ${check.versionsOff}`,
  );
  console.log(
    `  p99 ${result.p99.toFixed(1)} ms — target < ${P99_TARGET_MS} ms: ${met(result.p99 < P99_TARGET_MS)}`,
  );
}

/**
 * Issue 12: 200 editors, each with its own account, session and KPI, saving drafts of their
 * own entries of an open round (R6) at the entry form's pace and in closed loops, on SQLite and
 * on PostgreSQL, beside the bare route (the save's JSON from memory) under 200 closed loops;
 * then every figure and narrative read back and compared with what each editor's last answer
 * said it saved. The p99 target is the paced load's: closed loops keep 200 requests in flight
 * whatever the server does, so their mean latency is 200 ÷ req/s (Little's law).
 * `ROUND_BENCH_SECONDS=10` for a quick run.
 */
export async function benchRoundEntries({
  seconds = Number(process.env.ROUND_BENCH_SECONDS ?? 60),
} = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  const sqliteTarget = (name: string) => ({ kind: 'sqlite', file: join(dir, name) }) as const;
  console.log(
    `load: ${EDITORS} editors, each its own account, session and KPI of a ${EDITORS}-KPI, ` +
      `${EDITORS}-department plan, from a second process with Node's fetch (undici, a ` +
      `connection per editor), each save naming its version; every ${NARRATIVE_EVERY}th save a ` +
      `narrative; 3 s warm-up, then ${seconds} s. Two loads on a plan of their own each: at the ` +
      `entry form's pace (a draft saved ${FORM_PACE_MS} ms after the typing stops, so an editor ` +
      `sends at most one save per ${FORM_PACE_MS} ms: ${EDITORS} editors typing at once), and ` +
      `closed loops (the next save as soon as the answer came: a stress test)`,
  );
  // The bare route is measured before and after the others and its better run kept, so a
  // burst of load from elsewhere on this shared machine does not flatter the ratios.
  const bareRun = async (editors: readonly RoundEditor[]) =>
    withServer([], (server) => editorsAgainst(server.origin, 1, editors, seconds), BARE_SERVER);
  const pacedTarget = sqliteTarget('round-paced.db');
  const sqlitePaced = await measureDatabase(
    pacedTarget,
    await prepareRoundPlan(pacedTarget, EDITORS),
    seconds,
    FORM_PACE_MS,
  );
  const stressTarget = sqliteTarget('round.db');
  const sqlitePlan = await prepareRoundPlan(stressTarget, EDITORS);
  const bareFirst = await bareRun(sqlitePlan.editors);
  const sqlite = await measureDatabase(stressTarget, sqlitePlan, seconds, 0);
  const postgres: { paced: Run; stress: Run } | null = await (async () => {
    const measured: Run[] = [];
    for (const [name, paceMs] of [
      ['bench_round_paced', FORM_PACE_MS],
      ['bench_round', 0],
    ] as const) {
      const schema = await postgresSchema(name);
      if (!schema) return null;
      try {
        const target = { kind: 'postgres', url: schema.url } as const;
        const plan = await prepareRoundPlan(target, EDITORS);
        measured.push(await measureDatabase(target, plan, seconds, paceMs));
      } finally {
        await schema.drop();
      }
    }
    const [paced, stress] = measured;
    return paced && stress ? { paced, stress } : null;
  })();
  const bareAgain = await bareRun(sqlitePlan.editors);
  const bare = bareAgain.rps > bareFirst.rps ? bareAgain : bareFirst;
  console.log(
    `bare route (same framework, the save's JSON from memory, no session or database): ${describe(bare)}, ` +
      `${count(errorsOf(bare))} errors (runs: ${bareFirst.rps.toFixed(0)}, ${bareAgain.rps.toFixed(0)} req/s)`,
  );
  // Little's law: loops that never pause keep EDITORS requests in flight, so the mean
  // latency is EDITORS ÷ req/s whatever the server does with them.
  console.log(
    `  (${EDITORS} loops without a pause: mean latency = ${EDITORS} ÷ req/s, so p99 < ${P99_TARGET_MS} ms ` +
      `asks for more than ${(EDITORS * 1000) / P99_TARGET_MS} req/s)`,
  );
  printRun(`round entries at the form's pace, SQLite`, sqlitePaced, bare);
  if (postgres) printRun(`round entries at the form's pace, PostgreSQL`, postgres.paced, bare);
  printRun('round entries in closed loops, SQLite', sqlite, bare);
  if (postgres) printRun('round entries in closed loops, PostgreSQL', postgres.stress, bare);
  else console.log(`round entries, PostgreSQL: skipped (no server reachable at ${PG_URL})`);
}
