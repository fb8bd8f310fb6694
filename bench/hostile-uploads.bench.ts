import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInOverHttp } from './bench-accounts.ts';
import { withServer } from './bench-server.ts';
import type { BenchServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { describeLoad, load } from './http-load.ts';
import { hostileFiles } from './hostile-files.ts';
import type { HostileFile } from './hostile-files.ts';
import { uploadFromAnotherProcess } from './hostile-uploads.ts';
import type { UploadAnswers } from './hostile-uploads.ts';
import { formatMegabytes, peakRssSoFar, sampleRss } from './process-memory.ts';

const UPLOADERS = 3;

interface Phase {
  readonly load: Load;
  readonly peakRss: number | null;
}

/** The report route under load for `seconds`, the server's resident set sampled meanwhile. */
async function phase(server: BenchServer, seconds: number): Promise<Phase> {
  const sampler = sampleRss(server.pid);
  const measured = await load(server.url, seconds);
  return { load: measured, peakRss: sampler.stop() };
}

function describeFile(file: HostileFile): string {
  const size = file.bytes.length;
  return `${file.name} ${size < 1e6 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1e6).toFixed(1)} MB`}`;
}

function describeAnswers({ statuses, times }: UploadAnswers): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const accepted = statuses.get(200) ?? 0;
  const byStatus = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`)
    .join(', ');
  return (
    `${total} uploads answered (${byStatus}): ${total - accepted} refused, ${accepted} accepted; ` +
    `median ${median.toFixed(0)} ms an upload`
  );
}

/**
 * Issue 10: the KPI-table route's p99 and the server's peak memory while admins upload files
 * made to hurt the reader (each refused, or read within bounds and then refused), beside the
 * quiet p99 of the same server in the same run. The server is its own process, so its resident
 * set (worker threads included) is its own.
 */
export async function benchHostileUploads({ seconds = 10 } = {}): Promise<void> {
  const files = await hostileFiles();
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-bench-'));
  await withServer(['app', 'sqlite', join(dir, 'app.db')], async (server) => {
    const session = await signInOverHttp(server.origin, 'admin');
    await load(server.url, Math.min(3, seconds)); // warm-up
    // Quiet before and after, the lower p99 kept: a burst from elsewhere must not flatter the ratio.
    const quietFirst = await phase(server, seconds);
    // The uploads come from a process of their own: building and sending 9 MB bodies on this
    // one's thread would delay the load generator's own timing of the route.
    const uploads = uploadFromAnotherProcess(server.origin, session, UPLOADERS, seconds + 1);
    await uploads.started;
    const hostile = await phase(server, seconds);
    const answers = await uploads.answers;
    const quietAgain = await phase(server, seconds);
    const quiet = quietAgain.load.p99 < quietFirst.load.p99 ? quietAgain : quietFirst;
    const ratio = (hostile.load.p99 / quiet.load.p99).toFixed(2);
    const quietPeak =
      quietFirst.peakRss === null ? null : Math.max(quietFirst.peakRss, quietAgain.peakRss ?? 0);
    console.log(
      `KPI table route, SQLite, quiet: ${describeLoad(quiet.load)} (p99 of the runs before and after: ` +
        `${quietFirst.load.p99}, ${quietAgain.load.p99} ms); server RSS peak ${formatMegabytes(quietPeak)}`,
    );
    console.log(
      `KPI table route while ${UPLOADERS} clients upload hostile files: ${describeLoad(hostile.load)} — ` +
        `p99 ${ratio}× quiet (target ≤ 2×)`,
    );
    console.log(
      `  server RSS peak while refusing: ${formatMegabytes(hostile.peakRss)} (sampled every 50 ms), ` +
        `${formatMegabytes(peakRssSoFar(server.pid))} high-water mark of the whole run (target < 512 MB)`,
    );
    console.log(`  ${describeAnswers(answers)}; files: ${files.map(describeFile).join(', ')}`);
  });
}
