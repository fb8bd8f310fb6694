// The uploaders' process of the hostile-uploads bench: reads a job (JSON, standard input),
// makes the hostile files, prints "uploading" once its clients start, uploads until the job's
// seconds are up and prints what the uploads got (JSON) on standard output. Apart from the
// load generator's process, whose latencies would otherwise count the time its thread spent
// building 9 MB uploads.
import { text } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { hostileFiles } from './hostile-files.ts';
import { uploadContinuously } from './hostile-uploads.ts';

const job = z
  .object({
    origin: z.string(),
    session: z.object({ cookie: z.string(), 'x-csrf-token': z.string() }),
    clients: z.number().int().min(1),
    seconds: z.number().min(0),
  })
  .parse(JSON.parse(await text(process.stdin)));
const files = await hostileFiles();
const uploads = uploadContinuously(job.origin, job.session, files, job.clients);
process.stdout.write('uploading\n');
await sleep(job.seconds * 1000);
const answers = await uploads.stop();
process.stdout.write(
  `${JSON.stringify({ statuses: [...answers.statuses], times: answers.times })}\n`,
);
