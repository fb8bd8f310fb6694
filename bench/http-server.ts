// A server process for the HTTP benchmarks: `app` is Mieruka on a database holding a generated
// 300-KPI plan of the benchmark municipality and two of its accounts (bench-accounts.ts);
// `bare` is the same framework serving that route's response body from memory; `existing` is
// Mieruka on a database already loaded (the scale bench), serving the plan whose id follows.
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { fiscalYear } from '../src/domain/fiscal-year.ts';
import { sendJson } from '../src/server/send-json.ts';
import { createDatabase } from '../src/db/database.ts';
import type { DatabaseTarget } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { SYSTEM } from '../src/domain/access.ts';
import { importReport } from '../src/services/import-report.ts';
import { getPlanReport } from '../src/services/plan-views.ts';
import { addBenchAccounts, BENCH_MUNICIPALITY } from './bench-accounts.ts';
import { generateReportTsv } from './generate-report.ts';

const [mode, kind, location, existingPlan] = process.argv.slice(2);
const target: DatabaseTarget =
  kind === 'postgres'
    ? { kind: 'postgres', url: location ?? '' }
    : { kind: 'sqlite', file: location ?? '' };
const handle = createDatabase(target);
let planId = Number(existingPlan);
if (mode !== 'existing') {
  await migrateToLatest(handle);
  ({ planId } = await importReport(
    handle,
    {
      file: 'generated-300.tsv',
      bytes: new TextEncoder().encode(generateReportTsv(300)),
      planName: 'ベンチマーク計画',
      createPlan: true,
      publish: true,
      municipality: BENCH_MUNICIPALITY,
    },
    SYSTEM,
    new Date(),
  ));
}
const path = `/api/plans/${planId}/report?fy=2023`;
let app;
if (mode === 'bare') {
  const json = JSON.stringify(await getPlanReport(handle.db, SYSTEM, planId, fiscalYear(2023)));
  const body = { json, gzip: gzipSync(json) };
  await handle.destroy();
  app = Fastify();
  app.get('/api/plans/:planId/report', async (request, reply) => sendJson(request, reply, body));
} else {
  if (mode === 'app') await addBenchAccounts(handle);
  app = await buildApp({ ...handle, municipality: BENCH_MUNICIPALITY });
}
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`ready ${port} ${path}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
