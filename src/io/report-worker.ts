import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from './import-problem.ts';
import { readReportFile } from './read-report-file.ts';
import type { WorkerInput, WorkerOutput } from './report-worker-messages.ts';

/*
 * The worker thread of read-report-in-worker.ts: reads one report and posts the result back
 * as data (an ImportError as its parts, rebuilt on the other side).
 */

function outcome(error: unknown): WorkerOutput {
  if (error instanceof ImportError) {
    return {
      kind: 'import-error',
      file: error.file,
      reason: error.reason,
      row: error.row,
      column: error.column,
    };
  }
  return { kind: 'failure', message: error instanceof Error ? error.message : String(error) };
}

const { file, bytes, options } = workerData as WorkerInput;
let output: WorkerOutput;
try {
  output = { kind: 'report', report: await readReportFile(file, bytes, options) };
} catch (error) {
  output = outcome(error);
}
parentPort?.postMessage(output);
