import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { ImportError } from './import-problem.ts';
import { readWithSavedMapping } from './read-with-saved-mapping.ts';
import type { WorkerInput, WorkerOutput } from './report-worker-messages.ts';
import { lowerThreadPriority } from './thread-priority.ts';

/*
 * The worker thread of read-report-in-worker.ts: reads one report per message and posts the
 * result back as data (an ImportError as its parts, rebuilt on the other side). It stays up
 * between reads, so a read does not pay for starting a thread and loading the sources again.
 * The bytes were handed over (the main thread kept none), so whatever else needs them is done
 * here: the read again with a saved mapping, and the sha256 an import records.
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

async function read({ file, bytes, options, saved }: WorkerInput): Promise<WorkerOutput> {
  try {
    const mapped = await readWithSavedMapping(file, bytes, options, saved);
    // After the read: a file refused is never hashed. The readers leave the bytes as they were.
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { kind: 'read', read: { ...mapped, sha256 } };
  } catch (error) {
    return outcome(error);
  }
}

// An upload is read on whatever CPU the thread answering requests leaves: on two cores a
// hostile file read at the same priority took a third of it, and the report route's p99
// tripled (bench 'hostile uploads').
lowerThreadPriority();

parentPort?.on('message', (input: WorkerInput) => {
  void read(input).then((output) => parentPort?.postMessage(output));
});
