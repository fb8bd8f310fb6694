import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Database } from '../src/db/tables.ts';
import { ANONYMOUS } from '../src/domain/access.ts';
import { fiscalYear } from '../src/domain/fiscal-year.ts';
import { getPlanReport } from '../src/services/plan-views.ts';
import { withServer } from './bench-server.ts';
import type { BenchServer } from './bench-server.ts';
import { describeLoad } from './http-load.ts';
import { describeCpu, interleavedLoad } from './interleaved-load.ts';
import type { PostgresSchema } from './postgres-schema.ts';
import { databaseBytes, PG_URL, postgresSchema, schemaBytes } from './postgres-schema.ts';
import { formatMegabytes } from './process-memory.ts';
import type { ProfiledQuery } from './query-profile.ts';
import { describeStatement, profileQueries } from './query-profile.ts';
import { bulkWriteMunicipalities } from './scale-bulk-writer.ts';
import type { ScaleMunicipality } from './scale-municipality.ts';
import { loadMunicipality, scaleMunicipality } from './scale-municipality.ts';

/** Japan's municipalities (市町村), 1,718, and Tokyo's 23 special wards. */
const MUNICIPALITIES = 1741;
/** The year the route is asked for (bench/http-server.ts: ?fy=2023). */
const REPORT_YEAR = fiscalYear(2023);
/** Servers started, on each database, to time their first request. */
const FIRST_REQUESTS = 3;
/** Municipalities per transaction of the bulk writer. */
const BATCH = 25;
const TABLES =
  'municipalities, departments, plans, basic_policies, theme_programs, kpis, kpi_departments, year_figures, narratives, published_years';

async function analyze(db: Kysely<Database>): Promise<void> {
  await sql`analyze ${sql.raw(TABLES)}`.execute(db);
}

/**
 * Writes `count` municipalities, the measured one with savePlan as an import does and the
 * others in bulk; the next batch is generated and read while the previous one is written.
 * Returns the measured municipality's plan id.
 */
async function loadMany(db: Kysely<Database>, count: number, measured: number): Promise<number> {
  let writing: Promise<void> = Promise.resolve();
  let planId = 0;
  for (let start = 0; start < count; start += BATCH) {
    const batch: ScaleMunicipality[] = [];
    const end = Math.min(start + BATCH, count);
    for (let i = start; i < end; i += 1) if (i !== measured) batch.push(await scaleMunicipality(i));
    await writing;
    writing = bulkWriteMunicipalities(db, batch);
    // Not left unhandled while the next batch is read; awaited (and thrown) above.
    writing.catch(() => undefined);
    if (measured >= start && measured < end) {
      await writing;
      planId = await loadMunicipality(db, await scaleMunicipality(measured));
    }
  }
  await writing;
  return planId;
}

/** A migrated database in the schema, loaded by `load`, analyzed; its plan id. */
async function prepare(
  schema: PostgresSchema,
  load: (db: Kysely<Database>) => Promise<number>,
): Promise<{ planId: number; seconds: number }> {
  const handle = createDatabase({ kind: 'postgres', url: schema.url });
  try {
    await migrateToLatest(handle);
    const started = performance.now();
    const planId = await load(handle.db);
    await analyze(handle.db);
    return { planId, seconds: (performance.now() - started) / 1000 };
  } finally {
    await handle.destroy();
  }
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The first request's time: the report computed (then cached), in a server just started. */
async function firstRequest(server: BenchServer): Promise<number> {
  const started = performance.now();
  await (await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  return performance.now() - started;
}

/** The statements of a visitor's first report of the plan, as getPlanReport runs them. */
function reportQueries(schema: PostgresSchema, planId: number): Promise<ProfiledQuery[]> {
  return profileQueries(schema.url, (db) => getPlanReport(db, ANONYMOUS, planId, REPORT_YEAR));
}

/**
 * What grows with the tenants: the statements of a first report among them, slowest first,
 * each beside the same statement on the municipality alone, with how it found its rows.
 */
function printGrowth(among: readonly ProfiledQuery[], alone: readonly ProfiledQuery[], n: number) {
  const total = (qs: readonly ProfiledQuery[]) => qs.reduce((sum, q) => sum + q.ms, 0);
  console.log(
    `a visitor's first report: ${among.length} statements, ${total(among).toFixed(1)} ms on the server ` +
      `among ${n} (${total(alone).toFixed(1)} ms alone); the slowest among them:`,
  );
  const slowest = among
    .map((query, i) => ({ query, alone: alone[i] }))
    .sort((a, b) => b.query.ms - a.query.ms)
    .slice(0, 4);
  for (const { query, alone: single } of slowest) {
    console.log(
      `  ${query.ms.toFixed(2)} ms (alone ${single?.ms.toFixed(2) ?? '?'} ms) ${describeStatement(query.sql)}: ` +
        `${query.scans.join(', ') || 'no scan'}`,
    );
  }
}

/**
 * Issue 11 at national scale, on PostgreSQL only when asked (`npm run bench -- scale`):
 * 1,741 municipalities (SCALE_BENCH_MUNICIPALITIES for another count) each with a generated
 * 300-KPI plan, then the KPI-table route of one of them beside the same route on a database
 * holding that municipality only: the two servers run side by side and are loaded in turn.
 * What grows with the tenants is shown by the statements of a first report on each.
 */
export async function benchScale({
  municipalities = Number(process.env.SCALE_BENCH_MUNICIPALITIES ?? MUNICIPALITIES),
  seconds = 5,
  rounds = 3,
} = {}) {
  const measured = Math.floor(municipalities / 2);
  const all = await postgresSchema('bench_scale');
  const one = await postgresSchema('bench_scale_one');
  try {
    if (!all || !one) {
      console.log(`scale: skipped (no PostgreSQL server at ${PG_URL})`);
      return;
    }
    console.log(`loading ${municipalities} municipalities of 300 KPIs each into ${all.name}…`);
    const big = await prepare(all, (db) => loadMany(db, municipalities, measured));
    const single = await prepare(one, async (db) =>
      loadMunicipality(db, await scaleMunicipality(measured)),
    );
    const [bigBytes, singleBytes, wholeBytes] = await Promise.all([
      schemaBytes(all.name),
      schemaBytes(one.name),
      databaseBytes(),
    ]);
    console.log(
      `loaded ${municipalities} municipalities in ${big.seconds.toFixed(0)} s (generated, read, written in ` +
        `batches of ${BATCH}; the measured one by savePlan); one municipality alone: ${single.seconds.toFixed(1)} s`,
    );
    console.log(
      `tables: ${formatMegabytes(bigBytes)} for ${municipalities} municipalities ` +
        `(${(bigBytes / municipalities / 1024 / 1024).toFixed(2)} MB each), ${formatMegabytes(singleBytes)} for one; ` +
        `pg_database_size ${formatMegabytes(wholeBytes)} (every schema of the database)`,
    );
    printGrowth(
      await reportQueries(all, big.planId),
      await reportQueries(one, single.planId),
      municipalities,
    );
    const serve = (schema: PostgresSchema, planId: number) => [
      'existing',
      'postgres',
      schema.url,
      String(planId),
    ];
    // The first request of a server just started, alone and among in turn, FIRST_REQUESTS
    // times each: one request on a shared machine is one sample of its noise.
    const firsts = { alone: [] as number[], among: [] as number[] };
    for (let i = 0; i < FIRST_REQUESTS; i += 1) {
      firsts.alone.push(await withServer(serve(one, single.planId), firstRequest));
      firsts.among.push(await withServer(serve(all, big.planId), firstRequest));
    }
    const [aloneLoad, amongLoad] = await withServer(serve(one, single.planId), (oneServer) =>
      withServer(serve(all, big.planId), (allServer) =>
        interleavedLoad([oneServer, allServer], { seconds, rounds }),
      ),
    );
    if (!aloneLoad || !amongLoad) throw new Error('a benchmark server did not run');
    const alone = { first: median(firsts.alone), load: aloneLoad };
    const among = { first: median(firsts.among), load: amongLoad };
    const slower = alone.load.rps / among.load.rps;
    const perRound = among.load.rounds.map((rps, i) =>
      ((alone.load.rounds[i] ?? rps) / rps).toFixed(2),
    );
    console.log(
      `KPI table route, one municipality alone: ${describeLoad(alone.load)}${describeCpu(alone.load)}; ` +
        `first request ${alone.first.toFixed(0)} ms (median of ${firsts.alone.map((t) => t.toFixed(0)).join(', ')})`,
    );
    console.log(
      `KPI table route, among ${municipalities}: ${describeLoad(among.load)}${describeCpu(among.load)}; ` +
        `first request ${among.first.toFixed(0)} ms (median of ${firsts.among.map((t) => t.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  among / alone: ${slower.toFixed(2)}× the time a request (rounds: ${perRound.join(', ')}; target ≤ 1.1×), ` +
        `first request ${(among.first / alone.first).toFixed(2)}× (target ≤ 1.5×); ` +
        `${rounds} rounds of ${seconds} s each, in turn`,
    );
  } finally {
    await all?.drop();
    await one?.drop();
  }
}
