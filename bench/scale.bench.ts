import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Database } from '../src/db/tables.ts';
import { withServer } from './bench-server.ts';
import type { BenchServer } from './bench-server.ts';
import type { Load } from './http-load.ts';
import { better, describeLoad, warmThenLoad } from './http-load.ts';
import type { PostgresSchema } from './postgres-schema.ts';
import { databaseBytes, PG_URL, postgresSchema, schemaBytes } from './postgres-schema.ts';
import { formatMegabytes } from './process-memory.ts';
import { bulkWriteMunicipalities } from './scale-bulk-writer.ts';
import type { ScaleMunicipality } from './scale-municipality.ts';
import { loadMunicipality, scaleMunicipality } from './scale-municipality.ts';

/** Japan's municipalities (市町村), 1,718, and Tokyo's 23 special wards. */
const MUNICIPALITIES = 1741;
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

/** The first request (the report computed, then cached) and the route under load. */
async function measureRoute(server: BenchServer, seconds: number) {
  const started = performance.now();
  await (await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const first = performance.now() - started;
  return { first, load: await warmThenLoad(server.url, seconds) };
}

/**
 * Issue 11 at national scale, on PostgreSQL only when asked (`npm run bench -- scale`):
 * 1,741 municipalities each with a generated 300-KPI plan, then the KPI-table route of one of
 * them beside the same route on a database holding that municipality only.
 */
export async function benchScale({ municipalities = MUNICIPALITIES, seconds = 10 } = {}) {
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
    const serve = (schema: PostgresSchema, planId: number) => (s: number) =>
      withServer(['existing', 'postgres', schema.url, String(planId)], (server) =>
        measureRoute(server, s),
      );
    const singleFirst = await serve(one, single.planId)(seconds);
    const bigRun = await serve(all, big.planId)(seconds);
    const singleAgain = await serve(one, single.planId)(seconds);
    const ceiling: Load = better(singleFirst.load, singleAgain.load);
    console.log(
      `loaded ${municipalities} municipalities in ${big.seconds.toFixed(0)} s (generated, read, written in ` +
        `batches of ${BATCH}; the measured one by savePlan); one municipality alone: ${single.seconds.toFixed(1)} s`,
    );
    console.log(
      `tables: ${formatMegabytes(bigBytes)} for ${municipalities} municipalities ` +
        `(${(bigBytes / municipalities / 1024 / 1024).toFixed(2)} MB each), ${formatMegabytes(singleBytes)} for one; ` +
        `pg_database_size ${formatMegabytes(wholeBytes)} (every schema of the database)`,
    );
    console.log(
      `KPI table route, one municipality alone: ${describeLoad(ceiling)}; first request ${singleFirst.first.toFixed(0)} ms ` +
        `(runs: ${singleFirst.load.rps.toFixed(0)}, ${singleAgain.load.rps.toFixed(0)} req/s)`,
    );
    console.log(
      `KPI table route, among ${municipalities}: ${describeLoad(bigRun.load)}; first request ${bigRun.first.toFixed(0)} ms — ` +
        `${(ceiling.rps / bigRun.load.rps).toFixed(2)}× slower than alone (target within 1.2×)`,
    );
  } finally {
    await all?.drop();
    await one?.drop();
  }
}
