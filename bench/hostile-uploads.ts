import { performance } from 'node:perf_hooks';
import type { BenchSession } from './bench-accounts.ts';
import type { HostileFile } from './hostile-files.ts';

/** What the uploads of one or more clients got: counts by status code, and their times. */
export interface UploadAnswers {
  readonly statuses: Map<number, number>;
  /** Milliseconds from sending to the whole answer, one per upload. */
  readonly times: number[];
}

async function upload(origin: string, session: BenchSession, file: HostileFile): Promise<number> {
  const form = new FormData();
  form.set('plan', 'ベンチマーク計画');
  form.set('file', new Blob([file.bytes]), file.name);
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
  let running = true;
  const client = async (offset: number) => {
    for (let n = offset; running; n += 1) {
      const file = files[n % files.length];
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
