import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from './import-problem.ts';
import type { ImportedReport } from './imported-report.ts';
import {
  MAX_CONCURRENT_READS,
  WORKER_MEMORY_MB,
  WORKER_TIME_LIMIT_MS,
  formatLimit,
} from './read-limits.ts';
import type { ImportOptions } from './report-table-importer.ts';
import type { WorkerInput, WorkerOutput } from './report-worker-messages.ts';

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

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_CONCURRENT_READS) await new Promise<void>((go) => waiting.push(go));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

function fromWorker(file: string, output: WorkerOutput): ImportedReport {
  switch (output.kind) {
    case 'report':
      return output.report;
    case 'import-error':
      throw new ImportError(output.file, output.reason, {
        ...(output.row === null ? {} : { row: output.row }),
        ...(output.column === null ? {} : { column: output.column }),
      });
    case 'failure':
      throw new Error(`reading ${file} failed: ${output.message}`);
  }
}

function run(
  file: string,
  input: WorkerInput,
  memoryMb: number,
  timeLimitMs: number,
): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new ImportError(
          file,
          `took longer than ${formatLimit(timeLimitMs / 1000)} s to read (limit ${formatLimit(timeLimitMs / 1000)} s)`,
        ),
      );
    }, timeLimitMs);
    const settle = () => clearTimeout(timer);
    worker.once('message', (output: WorkerOutput) => {
      settle();
      resolve(output);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError(
              file,
              `needs more than ${memoryMb} MB of memory to read (limit ${memoryMb} MB)`,
            )
          : error,
      );
    });
    worker.once('exit', (code) => {
      settle();
      reject(new Error(`reading ${file} stopped (worker exit ${code})`));
    });
  });
}

/**
 * Reads a report like readReportFile, but in a worker thread with its own heap limit and a
 * time limit, and at most MAX_CONCURRENT_READS at once: an upload never stalls the thread that
 * answers other requests, and whatever it holds, the memory it can cost is bounded. The
 * importer's ImportError comes back as the same error; past a limit, an ImportError naming it.
 * @example const report = await readReportInWorker('r5.xlsx', bytes, { planName: '総合計画' });
 */
export async function readReportInWorker(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  { memoryMb = WORKER_MEMORY_MB, timeLimitMs = WORKER_TIME_LIMIT_MS }: WorkerLimits = {},
): Promise<ImportedReport> {
  const done = await turn();
  try {
    return fromWorker(file, await run(file, { file, bytes, options }, memoryMb, timeLimitMs));
  } finally {
    done();
  }
}
