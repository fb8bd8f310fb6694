import { SnapshotError } from './errors.ts';
import type { SnapshotTable, SnapshotTables } from './snapshot-schema.ts';

/*
 * What the database would refuse in a snapshot, found before anything is written and named by
 * table and row: a row referring to a row the snapshot does not hold, and two rows with the same
 * key. Left to the database, each was an "internal error" naming nothing.
 */

/** Each table's references: column → the table whose id it holds (null allowed where nullable). */
const REFERENCES: Readonly<
  Partial<Record<SnapshotTable, Readonly<Record<string, SnapshotTable>>>>
> = {
  departments: { municipality_id: 'municipalities' },
  plans: { municipality_id: 'municipalities' },
  basic_policies: { plan_id: 'plans' },
  theme_programs: { policy_id: 'basic_policies' },
  kpis: { plan_id: 'plans', theme_id: 'theme_programs' },
  kpi_departments: { kpi_id: 'kpis', department_id: 'departments' },
  year_figures: { kpi_id: 'kpis', department_id: 'departments' },
  narratives: { kpi_id: 'kpis', department_id: 'departments' },
  accounts: { municipality_id: 'municipalities' },
  account_departments: { account_id: 'accounts' },
  published_years: { plan_id: 'plans' },
  rounds: { plan_id: 'plans' },
  round_entries: { round_id: 'rounds', kpi_id: 'kpis', department_id: 'departments' },
  entry_comments: { entry_id: 'round_entries' },
  outbox: { municipality_id: 'municipalities', round_id: 'rounds', entry_id: 'round_entries' },
  publication_events: { plan_id: 'plans' },
  import_mappings: { plan_id: 'plans' },
  kpi_changes: { plan_id: 'plans', kpi_id: 'kpis' },
  department_renames: { department_id: 'departments' },
  kpi_continuations: { kpi_id: 'kpis', from_kpi_id: 'kpis' },
  tree_renames: { plan_id: 'plans' },
  kpi_department_moves: { kpi_id: 'kpis' },
  kpi_theme_moves: { kpi_id: 'kpis' },
  evaluations: { kpi_id: 'kpis' },
  evaluation_schemes: { plan_id: 'plans' },
};

/**
 * Each table's unique keys, as the migrations declare them. A null department is the KPI's own
 * row (a partial index of its own), so it is a value of the key; a key with another null
 * column (an outbox message of no round) is not unique in either database.
 */
const KEYS: Readonly<Record<SnapshotTable, readonly (readonly string[])[]>> = {
  municipalities: [['id'], ['code']],
  departments: [['id'], ['municipality_id', 'name']],
  plans: [['id'], ['municipality_id', 'name']],
  basic_policies: [['id'], ['plan_id', 'number']],
  theme_programs: [['id'], ['policy_id', 'number']],
  kpis: [['id'], ['plan_id', 'code']],
  kpi_departments: [['kpi_id', 'department_id']],
  year_figures: [['id'], ['kpi_id', 'series', 'department_id', 'fiscal_year']],
  narratives: [['id'], ['kpi_id', 'department_id', 'fiscal_year']],
  accounts: [['id'], ['email']],
  account_departments: [['account_id', 'department']],
  published_years: [['plan_id', 'fiscal_year']],
  audit_log: [['id']],
  rounds: [['id'], ['plan_id', 'fiscal_year']],
  round_entries: [['id'], ['round_id', 'kpi_id', 'department_id']],
  entry_comments: [['id']],
  outbox: [['id'], ['round_id', 'kind', 'recipient']],
  publication_events: [['id']],
  import_mappings: [['id'], ['plan_id', 'shape']],
  kpi_changes: [['id']],
  department_renames: [['id'], ['department_id', 'from_year']],
  kpi_continuations: [['kpi_id']],
  tree_renames: [['id']],
  kpi_department_moves: [['id']],
  kpi_theme_moves: [['id']],
  evaluations: [['id'], ['kpi_id', 'fiscal_year', 'level']],
  evaluation_schemes: [['plan_id']],
};

const NULLABLE_IN_KEY = new Set(['department_id']);

const where = (table: string, index: number) =>
  `not a Mieruka snapshot: table ${table}, row ${index + 1}`;

function checkKeys(table: SnapshotTable, rows: readonly Record<string, unknown>[]): void {
  for (const columns of KEYS[table]) {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const values = columns.map((column) => row[column] ?? null);
      if (values.some((value, i) => value === null && !NULLABLE_IN_KEY.has(columns[i] ?? ''))) {
        return;
      }
      const key = JSON.stringify(values);
      const first = seen.get(key);
      if (first !== undefined) {
        throw new SnapshotError(
          `${where(table, index)}: the same ${columns.join(', ')} (${values.map(String).join(', ')}) as row ${first + 1}`,
        );
      }
      seen.set(key, index);
    });
  }
}

function checkReferences(
  table: SnapshotTable,
  rows: readonly Record<string, unknown>[],
  ids: (table: SnapshotTable) => ReadonlySet<unknown>,
): void {
  for (const [column, target] of Object.entries(REFERENCES[table] ?? {})) {
    const known = ids(target);
    rows.forEach((row, index) => {
      const value = row[column] ?? null;
      if (value !== null && !known.has(value)) {
        throw new SnapshotError(
          `${where(table, index)}, column ${column}: refers to ${target} id ${String(value)}, which the snapshot does not hold`,
        );
      }
    });
  }
}

/**
 * Refuses a snapshot (its format checked) whose rows refer to rows it does not hold, or repeat
 * a key, naming table, row and the columns, before anything is written.
 */
export function checkSnapshotLinks(tables: SnapshotTables): void {
  const cache = new Map<SnapshotTable, ReadonlySet<unknown>>();
  const ids = (table: SnapshotTable): ReadonlySet<unknown> => {
    let found = cache.get(table);
    if (found === undefined) {
      const rows: readonly Record<string, unknown>[] = tables[table];
      found = new Set(rows.map((row) => row.id));
      cache.set(table, found);
    }
    return found;
  };
  for (const table of Object.keys(KEYS) as SnapshotTable[]) {
    const rows: readonly Record<string, unknown>[] = tables[table];
    checkKeys(table, rows);
    checkReferences(table, rows, ids);
  }
}
