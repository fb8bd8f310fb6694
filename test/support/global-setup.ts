import pg from 'pg';

const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Drops the PostgreSQL schemas whose names start with a prefix; quiet when there is no server. */
async function dropSchemas(prefix: string): Promise<void> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
  } catch {
    return;
  }
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where starts_with(nspname, $1)',
      [prefix],
    );
    for (const { name } of rows)
      await client.query(`drop schema "${name.replaceAll('"', '""')}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * Names this test run, so that its PostgreSQL schemas (test_<run>_…) are dropped together when
 * it ends, after every file is done with them. Workers start after this and inherit the name.
 */
export default function setup(): () => Promise<void> {
  const run = `r${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  process.env.MIERUKA_TEST_RUN = run;
  chooseFastCheckSeed();
  return () => dropSchemas(`test_${run}_`);
}

/**
 * One fast-check seed for the whole run, printed first: MIERUKA_FC_SEED when set (to replay a
 * red run), else a fresh one. Workers inherit it, and `fast-check-seed.ts` gives it to every
 * property that names no seed of its own.
 */
function chooseFastCheckSeed(): void {
  const given = process.env.MIERUKA_FC_SEED;
  const seed =
    given !== undefined && given !== ''
      ? Number(given)
      : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  if (!Number.isInteger(seed))
    throw new Error(`MIERUKA_FC_SEED must be an integer, not "${given}"`);
  process.env.MIERUKA_FC_SEED = String(seed);
  const path = process.env.MIERUKA_FC_PATH;
  console.log(
    `fast-check seed ${seed}${path ? ` path ${path}` : ''} (replay: MIERUKA_FC_SEED=${seed}${path ? ` MIERUKA_FC_PATH=${path}` : ''} with the failing test's file and -t)`,
  );
}
