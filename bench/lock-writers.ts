// The writers' process of the lock-waits bench: reads a job (JSON, standard input), runs one
// closed loop per writer asking to open a round of the plan (a write that takes the plan's row
// lock, and so waits behind the lock the bench holds), prints "writing" once they start and,
// once the job's seconds are up and every writer has its last answer, the answers' statuses
// (JSON) on standard output. Apart from the load generator's process, as the uploaders are.
import { text } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

const job = z
  .object({
    origin: z.string(),
    session: z.object({ cookie: z.string(), 'x-csrf-token': z.string() }),
    planId: z.number().int(),
    writers: z.number().int().min(1),
    seconds: z.number().min(0),
  })
  .parse(JSON.parse(await text(process.stdin)));

const statuses = new Map<number, number>();
let running = true;
async function writer(): Promise<void> {
  while (running) {
    const status = await fetch(`${job.origin}/api/plans/${job.planId}/rounds`, {
      method: 'POST',
      headers: { ...job.session, 'content-type': 'application/json' },
      body: JSON.stringify({ fy: 'R6', due: '2099-05-31' }),
    })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      })
      .catch(() => 0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}
const writing = Promise.all(Array.from({ length: job.writers }, () => writer()));
process.stdout.write('writing\n');
await sleep(job.seconds * 1000);
running = false;
await writing;
process.stdout.write(`${JSON.stringify([...statuses])}\n`);
