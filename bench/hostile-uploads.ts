import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { BenchSession } from './bench-accounts.ts';
import type { HostileFile } from './hostile-files.ts';

const RUNNER = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const UPLOADERS = fileURLToPath(new URL('./hostile-uploaders.ts', import.meta.url));

/** What the uploads of one or more clients got: counts by status code, and their times. */
export interface UploadAnswers {
  readonly statuses: Map<number, number>;
  /** Milliseconds from sending to the whole answer, one per upload. */
  readonly times: number[];
}

/** A file to upload, its bytes made a Blob once: a Blob copies them, 9 MB an upload. */
interface Upload {
  readonly name: string;
  readonly blob: Blob;
}

async function upload(origin: string, session: BenchSession, file: Upload): Promise<number> {
  const form = new FormData();
  form.set('plan', 'ベンチマーク計画');
  form.set('file', file.blob, file.name);
  const response = await fetch(`${origin}/api/imports`, {
    method: 'POST',
    headers: { ...session },
    body: form,
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * `clients` clients uploading the files in turn, each as soon as its previous upload is
 * answered, until stop() (which resolves once every client's last upload is answered).
 */
export function uploadContinuously(
  origin: string,
  session: BenchSession,
  files: readonly HostileFile[],
  clients: number,
): { stop(): Promise<UploadAnswers> } {
  const answers: UploadAnswers = { statuses: new Map(), times: [] };
  const uploads: Upload[] = files.map((file) => ({
    name: file.name,
    blob: new Blob([file.bytes]),
  }));
  let running = true;
  const client = async (offset: number) => {
    for (let n = offset; running; n += 1) {
      const file = uploads[n % uploads.length];
      if (!file) return;
      const started = performance.now();
      const status = await upload(origin, session, file).catch(() => 0);
      answers.times.push(performance.now() - started);
      answers.statuses.set(status, (answers.statuses.get(status) ?? 0) + 1);
    }
  };
  const done = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    async stop() {
      running = false;
      await done;
      return answers;
    },
  };
}

const printedAnswers = z.object({
  statuses: z.array(z.tuple([z.number(), z.number()])),
  times: z.array(z.number()),
});

/**
 * `clients` clients uploading the hostile files from a process of their own
 * (hostile-uploaders.ts) for `seconds`: `started` resolves once they upload, `answers` once
 * they stopped.
 */
export function uploadFromAnotherProcess(
  origin: string,
  session: BenchSession,
  clients: number,
  seconds: number,
): { started: Promise<void>; answers: Promise<UploadAnswers> } {
  // At the lowest CPU priority: the uploading clients stand for machines of their own, but here
  // they share two cores with the server and the load generator. Building and sending their
  // bodies took a whole core (the uploaders' process 195 jiffies in 2 s; the load generator's
  // share fell from 215 to 135, the server's rose from 75 to 118), so the route's p99 measured
  // the clients' CPU more than the server's work. Niced, they use what the others leave.
  const child = spawn('nice', ['-n', '19', process.execPath, RUNNER, UPLOADERS], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify({ origin, session, clients, seconds }));
  let out = '';
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('uploading\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the uploaders' process exited with ${code}`)));
  });
  const answers = new Promise<UploadAnswers>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`the uploaders' process exited with ${code}`));
        return;
      }
      const printed = printedAnswers.parse(JSON.parse(out.slice('uploading\n'.length)));
      resolve({ statuses: new Map(printed.statuses), times: printed.times });
    });
  });
  // Awaited by the caller once started; a process that failed to start rejects both.
  answers.catch(() => undefined);
  return { started, answers };
}
