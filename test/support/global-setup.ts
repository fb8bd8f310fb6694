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
  return () => dropSchemas(`test_${run}_`);
}
