import pg from 'pg';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface PostgresSchema {
  readonly name: string;
  /** PG_URL with the schema as its search path. */
  readonly url: string;
  readonly drop: () => Promise<void>;
}

async function onAdminConnection<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh schema of PG_URL, or null when no server answers; drop() removes it. */
export async function postgresSchema(label = 'bench'): Promise<PostgresSchema | null> {
  const name = `${label}_${Date.now()}_${process.pid}`;
  try {
    await onAdminConnection((client) => client.query(`create schema ${name}`));
  } catch {
    return null;
  }
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.href,
    drop: async () => {
      await onAdminConnection((client) => client.query(`drop schema ${name} cascade`));
    },
  };
}

/** Bytes of the tables of a schema, indexes and TOAST included. */
export async function schemaBytes(schema: string): Promise<number> {
  return onAdminConnection(async (client) => {
    const result = await client.query<{ bytes: string }>(
      `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text as bytes
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind = 'r'`,
      [schema],
    );
    return Number(result.rows[0]?.bytes ?? 0);
  });
}

/** Bytes of the whole database PG_URL names (every schema in it). */
export async function databaseBytes(): Promise<number> {
  return onAdminConnection(async (client) => {
    const result = await client.query<{ bytes: string }>(
      'select pg_database_size(current_database())::text as bytes',
    );
    return Number(result.rows[0]?.bytes ?? 0);
  });
}
