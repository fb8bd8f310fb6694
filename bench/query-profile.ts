import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/db/tables.ts';

/** One statement a piece of work ran: its SQL, its server time and how it found its rows. */
export interface ProfiledQuery {
  readonly sql: string;
  /** EXPLAIN ANALYZE's execution time, in milliseconds. */
  readonly ms: number;
  /** The plan's scans: "Seq Scan on year_figures", "Index Scan using kpis_code_unique". */
  readonly scans: readonly string[];
}

const SCAN = /(Seq Scan on \w+|(?:Bitmap |Parallel )?Index (?:Only )?Scan (?:using|on) \w+)/;

/**
 * Runs `work` against PostgreSQL at `url` with every statement recorded, then runs each again
 * under EXPLAIN ANALYZE: what each cost on the server and how it found its rows.
 */
export async function profileQueries(
  url: string,
  work: (db: Kysely<Database>) => Promise<unknown>,
): Promise<ProfiledQuery[]> {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query);
    },
  });
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const profiled: ProfiledQuery[] = [];
    for (const { sql, parameters } of statements) {
      const result = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, format text) ${sql}`,
        [...parameters],
      );
      const lines = result.rows.map((row) => row['QUERY PLAN']);
      const time = /Execution Time: ([\d.]+) ms/.exec(lines.join('\n'))?.[1];
      const scans = lines.flatMap((line) => SCAN.exec(line)?.[1] ?? []);
      profiled.push({ sql, ms: Number(time ?? 0), scans: [...new Set(scans)] });
    }
    return profiled;
  } finally {
    await client.end();
  }
}

/** "select … from year_figures where …": the statement's first table, for a line of output. */
export function describeStatement(sql: string): string {
  const table = /\bfrom "?(\w+)"?/i.exec(sql)?.[1] ?? '?';
  const where = /\bwhere ([\w."]+)/i.exec(sql)?.[1]?.replace(/"/g, '') ?? '';
  return where ? `${table} by ${where}` : table;
}
