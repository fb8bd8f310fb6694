import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from './import-problem.ts';
import type { ImportedReport } from './imported-report.ts';
import { turns } from './turns.ts';
import {
  MAX_CONCURRENT_READS,
  WORKER_MEMORY_MB,
  WORKER_TIME_LIMIT_MS,
  formatLimit,
} from './read-limits.ts';
import type { SavedMapping } from './read-with-saved-mapping.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';
import type { WorkerInput, WorkerOutput, WorkerRead } from './report-worker-messages.ts';

/** Limits of one read; the defaults are read-limits.ts's. */
export interface WorkerLimits {
  readonly memoryMb?: number;
  readonly timeLimitMs?: number;
}

const ENTRY = new URL('./report-worker.ts', import.meta.url).href;
/**
 * The worker runs the TypeScript sources through tsx's ESM loader, as bin/mieruka.js does
 * (its CommonJS build cannot register the loader, hence the .mjs beside it).
 */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)})
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(ENTRY)}));`;

const reads = turns(MAX_CONCURRENT_READS);

function fromWorker(file: string, output: WorkerOutput): WorkerRead {
  switch (output.kind) {
    case 'read':
      return output.read;
    case 'import-error':
      throw new ImportError(output.file, output.reason, {
        ...(output.row === null ? {} : { row: output.row }),
        ...(output.column === null ? {} : { column: output.column }),
      });
    case 'failure':
      throw new Error(`reading ${file} failed: ${output.message}`);
  }
}

/**
 * Idle workers by heap limit: a worker that answered goes back here and takes the next read,
 * so only the first read pays for a thread and for loading the sources (about a second).
 * Idle workers are unref'd and never keep the process alive. A worker that ran out of time or
 * memory is terminated, never reused.
 */
const idle = new Map<number, Worker[]>();

function workerFor(memoryMb: number): Worker {
  const reused = idle.get(memoryMb)?.pop();
  if (reused) {
    reused.ref();
    return reused;
  }
  return new Worker(BOOTSTRAP, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16 },
    stdout: true,
    stderr: true,
  });
}

function release(worker: Worker, memoryMb: number): void {
  worker.unref();
  const pool = idle.get(memoryMb) ?? [];
  if (pool.length < MAX_CONCURRENT_READS) {
    pool.push(worker);
    idle.set(memoryMb, pool);
  } else {
    void worker.terminate();
  }
}

/**
 * The buffer to transfer with the bytes: their own when they span all of it (a file read, an
 * upload), so the main thread lets go of them without a copy; else a copy of them, as a view
 * into a larger buffer (Node's pool of small Buffers) must leave the rest of it where it is.
 */
function handedOver(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength
    ? new Uint8Array(buffer)
    : new Uint8Array(bytes); // a copy (a Buffer's slice() would be a view)
}

function run(
  file: string,
  input: WorkerInput & { readonly bytes: Uint8Array<ArrayBuffer> },
  memoryMb: number,
  timeLimitMs: number,
): Promise<WorkerOutput> {
  const worker = workerFor(memoryMb);
  return new Promise<WorkerOutput>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (output: WorkerOutput) => {
      finish();
      release(worker, memoryMb);
      resolve(output);
    };
    const onError = (error: Error & { code?: string }) => {
      finish();
      void worker.terminate();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError(
              file,
              `needs more than ${memoryMb} MB of memory to read (limit ${memoryMb} MB)`,
            )
          : error,
      );
    };
    const onExit = (code: number) => {
      finish();
      reject(new Error(`reading ${file} stopped (worker exit ${code})`));
    };
    const timer = setTimeout(() => {
      finish();
      void worker.terminate();
      reject(
        new ImportError(
          file,
          `took longer than ${formatLimit(timeLimitMs / 1000)} s to read (limit ${formatLimit(timeLimitMs / 1000)} s)`,
        ),
      );
    }, timeLimitMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(input, [input.bytes.buffer]);
  });
}

/**
 * Reads a report like readReportFile, but in a worker thread with its own heap limit and a
 * time limit, and at most MAX_CONCURRENT_READS at once: an upload never stalls the thread that
 * answers other requests, and whatever it holds, the memory it can cost is bounded. The
 * importer's ImportError comes back as the same error; past a limit, an ImportError naming it.
 *
 * The bytes are handed to the worker: a view spanning its whole buffer (what readFile and an
 * upload give) is detached on return, its memory the worker's alone, so the thread answering
 * requests neither holds nor collects an upload while it is read (9 MB uploads kept here cost
 * that thread full garbage collections). Pass a copy to read the same bytes again.
 * @example const report = await readReportInWorker('r5.xlsx', bytes, { planName: '総合計画' });
 */
export async function readReportInWorker(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  limits: WorkerLimits = {},
): Promise<ImportedReport> {
  return (await readMappedReportInWorker(file, bytes, options, new Map(), limits)).report;
}

/**
 * Reads a report in the worker as readReportInWorker does, and there again with the mapping
 * saved for the file's shape, if `saved` has one (readWithSavedMapping); answers the sha256 of
 * the bytes too. The bytes are handed over once for all of it.
 * @example const { report, shape, mapped, sha256 } = await readMappedReportInWorker('r6.xlsx', bytes, { planName }, saved);
 */
export async function readMappedReportInWorker(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions,
  saved: ReadonlyMap<string, SavedMapping>,
  { memoryMb = WORKER_MEMORY_MB, timeLimitMs = WORKER_TIME_LIMIT_MS }: WorkerLimits = {},
): Promise<WorkerRead> {
  const owned = handedOver(bytes);
  const done = await reads.take();
  try {
    return fromWorker(
      file,
      await run(file, { file, bytes: owned, options, saved }, memoryMb, timeLimitMs),
    );
  } finally {
    done();
  }
}
