import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from './database-kind.ts';
import { SnapshotError } from './errors.ts';
import { checkSnapshotLinks } from './snapshot-links.ts';
import { checkSnapshotValues } from './snapshot-values.ts';
import type { Snapshot, SnapshotTable, SnapshotTables } from './snapshot-schema.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema } from './snapshot-schema.ts';
import type { Database } from './tables.ts';

/** Tables in the order a restore fills them: every row after the rows it refers to. */
const TABLES = [
  'municipalities',
  'departments',
  'accounts',
  'account_departments',
  'plans',
  'published_years',
  'basic_policies',
  'theme_programs',
  'kpis',
  'kpi_departments',
  'year_figures',
  'narratives',
  'audit_log',
  'rounds',
  'round_entries',
  'entry_comments',
  'outbox',
  'publication_events',
  'import_mappings',
  'kpi_changes',
  'department_renames',
  'kpi_continuations',
  'tree_renames',
  'kpi_department_moves',
  'kpi_theme_moves',
  'evaluations',
  'evaluation_schemes',
] as const satisfies readonly SnapshotTable[];

/** Tables keyed otherwise (a pair, a plan), with no id sequence to move. */
const WITHOUT_ID: ReadonlySet<SnapshotTable> = new Set([
  'kpi_continuations',
  'kpi_departments',
  'account_departments',
  'published_years',
  'evaluation_schemes',
]);

/** Rows per INSERT, under both databases' limits on bound parameters. */
const CHUNK = 400;

async function lastMigration(db: Kysely<Database>): Promise<string> {
  const result = await sql<{
    name: string;
  }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  const name = result.rows[0]?.name;
  if (name === undefined) throw new SnapshotError('the database has not been migrated');
  return name;
}

async function readTables(db: Kysely<Database>): Promise<SnapshotTables> {
  return {
    municipalities: await db.selectFrom('municipalities').selectAll().orderBy('id').execute(),
    departments: await db.selectFrom('departments').selectAll().orderBy('id').execute(),
    plans: await db.selectFrom('plans').selectAll().orderBy('id').execute(),
    basic_policies: await db.selectFrom('basic_policies').selectAll().orderBy('id').execute(),
    theme_programs: await db.selectFrom('theme_programs').selectAll().orderBy('id').execute(),
    kpis: await db.selectFrom('kpis').selectAll().orderBy('id').execute(),
    kpi_departments: await db
      .selectFrom('kpi_departments')
      .selectAll()
      .orderBy('kpi_id')
      .orderBy('sort_order')
      .execute(),
    year_figures: await db.selectFrom('year_figures').selectAll().orderBy('id').execute(),
    narratives: await db.selectFrom('narratives').selectAll().orderBy('id').execute(),
    accounts: await db.selectFrom('accounts').selectAll().orderBy('id').execute(),
    account_departments: await db
      .selectFrom('account_departments')
      .selectAll()
      .orderBy('account_id')
      .orderBy('department')
      .execute(),
    published_years: await db
      .selectFrom('published_years')
      .selectAll()
      .orderBy('plan_id')
      .orderBy('fiscal_year')
      .execute(),
    audit_log: await db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
    rounds: await db.selectFrom('rounds').selectAll().orderBy('id').execute(),
    round_entries: await db.selectFrom('round_entries').selectAll().orderBy('id').execute(),
    entry_comments: await db.selectFrom('entry_comments').selectAll().orderBy('id').execute(),
    outbox: await db.selectFrom('outbox').selectAll().orderBy('id').execute(),
    publication_events: await db
      .selectFrom('publication_events')
      .selectAll()
      .orderBy('id')
      .execute(),
    import_mappings: await db.selectFrom('import_mappings').selectAll().orderBy('id').execute(),
    kpi_changes: await db.selectFrom('kpi_changes').selectAll().orderBy('id').execute(),
    department_renames: await db
      .selectFrom('department_renames')
      .selectAll()
      .orderBy('id')
      .execute(),
    kpi_continuations: await db
      .selectFrom('kpi_continuations')
      .selectAll()
      .orderBy('kpi_id')
      .execute(),
    kpi_department_moves: await db
      .selectFrom('kpi_department_moves')
      .selectAll()
      .orderBy('id')
      .execute(),
    kpi_theme_moves: await db.selectFrom('kpi_theme_moves').selectAll().orderBy('id').execute(),
    tree_renames: await db.selectFrom('tree_renames').selectAll().orderBy('id').execute(),
    evaluations: await db.selectFrom('evaluations').selectAll().orderBy('id').execute(),
    evaluation_schemes: await db
      .selectFrom('evaluation_schemes')
      .selectAll()
      .orderBy('plan_id')
      .execute(),
  };
}

/**
 * Every row of every table as one JSON-able object: a backup that restores into either
 * database. Read in one transaction, so concurrent saves cannot tear it.
 * @example await writeFile('backup.json', JSON.stringify(await exportSnapshot(db)));
 */
export async function exportSnapshot(db: Kysely<Database>): Promise<Snapshot> {
  return db.transaction().execute(async (trx) => ({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    schema: await lastMigration(trx),
    tables: await readTables(trx),
  }));
}

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

/**
 * Every table of TABLES, in its order: one loop, so a table added to the schema is restored
 * as soon as it is listed (rounds, entries, comments and the outbox were once backed up but
 * never written back).
 */
async function writeTables(trx: Kysely<Database>, tables: SnapshotTables): Promise<void> {
  for (const table of TABLES) {
    const rows: readonly Record<string, unknown>[] = tables[table];
    await inChunks(rows, (chunk) =>
      // The rows were checked against this table's columns by snapshotSchema.
      trx
        .insertInto(table)
        .values(chunk as never)
        .execute(),
    );
  }
}

/** PostgreSQL's id sequences do not see explicit ids: move each past the largest restored. */
async function resetSequences(trx: Kysely<Database>): Promise<void> {
  for (const table of TABLES) {
    if (WITHOUT_ID.has(table)) continue;
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(
      trx,
    );
  }
}

async function refuseUnlessEmpty(trx: Kysely<Database>): Promise<void> {
  for (const table of TABLES) {
    const row = await trx
      .selectFrom(table)
      .select(sql<number>`1`.as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row !== undefined) {
      throw new SnapshotError(
        `cannot restore into a database that has data (table ${table} is not empty)`,
      );
    }
  }
}

/**
 * Restores a snapshot (parsed JSON, checked here) into a migrated, empty database, all in one
 * transaction: on any error nothing is written. Ids are kept, so links between rows hold.
 * @example await importSnapshot(createDatabase(config.database), JSON.parse(await readFile(f, 'utf8')));
 */
export async function importSnapshot(
  target: { readonly db: Kysely<Database>; readonly kind: DatabaseKind },
  input: unknown,
): Promise<void> {
  checkSnapshotValues(input);
  const parsed = snapshotSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new SnapshotError(
      `not a Mieruka snapshot: ${where ? `${where}: ` : ''}${issue?.message ?? ''}`,
    );
  }
  const snapshot = parsed.data;
  checkSnapshotLinks(snapshot.tables);
  await target.db.transaction().execute(async (trx) => {
    const schema = await lastMigration(trx);
    if (schema !== snapshot.schema) {
      throw new SnapshotError(
        `the snapshot is of schema ${snapshot.schema}, the database of ${schema}: migrate to the same version first`,
      );
    }
    await refuseUnlessEmpty(trx);
    await writeTables(trx, snapshot.tables);
    if (target.kind === 'postgres') await resetSequences(trx);
  });
}
