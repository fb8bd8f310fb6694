// The editors' process of the round-entries bench: reads a job (JSON, standard input), runs
// one closed loop per editor against the server with Node's fetch (undici, a connection per
// editor in flight), and prints one JSON result (round-editors-result.ts) on standard output.
import { performance } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';
import { editorLoop } from './round-editor-loop.ts';
import type { EditorsResult } from './round-editors-result.ts';
import { editorsJob } from './round-editors-job.ts';

const job = editorsJob.parse(JSON.parse(await text(process.stdin)));
const started = performance.now();
const timedFrom = started + job.warmupSeconds * 1000;
const plan = { ...job, timedFrom, until: timedFrom + job.seconds * 1000 };
const record = { latencies: [], statuses: new Map<string, number>() };
const outcomes = await Promise.all(job.editors.map((editor) => editorLoop(plan, editor, record)));
const latencies = record.latencies.sort((a, b) => a - b);
const at = (share: number): number =>
  latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
const result = {
  requests: latencies.length,
  seconds: job.seconds,
  rps: latencies.length / job.seconds,
  p50: at(0.5),
  p99: at(0.99),
  statuses: Object.fromEntries(record.statuses),
  outcomes,
} satisfies EditorsResult;
process.stdout.write(`${JSON.stringify(result)}\n`);
