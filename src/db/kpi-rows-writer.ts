import { sameNarrative } from '../domain/narrative-text.ts';
import type { Insertable, Kysely } from 'kysely';
import type { Kpi, Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import { figureColumns, figureFromColumns } from './columns.ts';
import { formatFigureText } from '../domain/figure.ts';
import type { FigureColumns } from './columns.ts';
import { ConflictError, InvalidPlanError } from './errors.ts';
import type { FigureSeries, FigureState } from './records.ts';
import type { Database, KpiDepartmentsTable } from './tables.ts';
import { firstVersion, writeNextVersion } from './versioned-write.ts';

/** What savePlan hands down once the plan tree is saved. */
export interface KpiRowsContext {
  readonly trx: Kysely<Database>;
  readonly plan: Plan;
  readonly kpiIds: ReadonlyMap<string, number>;
  readonly departments: ReadonlyMap<string, number>;
  readonly state: FigureState;
  /** Records the plan holds unchanged but in another state take `state` (a published report). */
  readonly restate: boolean;
  /** ISO 8601 time of the save, stamped on what it adds or changes. */
  readonly now: string;
}

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const CHUNK = 400;

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

/** Refuses a plan that names the same record twice, which would save only the last. */
function refuseDuplicates<T>(
  rows: readonly T[],
  key: (row: T) => string,
  what: (row: T) => string,
) {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(key(row))) throw new InvalidPlanError(`the plan gives ${what(row)} twice`);
    seen.add(key(row));
  }
}

/** An update conditional on the version read touched nothing: someone saved in between. */
function refuseIfChanged(written: boolean, version: number, what: string): void {
  if (!written) {
    throw new ConflictError(
      `${what} was saved by someone else during this import; nothing was imported, try again`,
      version,
      version + 1,
    );
  }
}

function lookup(map: ReadonlyMap<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`no id saved for ${key}`);
  return id;
}

function kpiEntries(context: KpiRowsContext): [Kpi, number][] {
  return planKpis(context.plan).map((kpi) => [kpi, lookup(context.kpiIds, kpi.code)]);
}

/**
 * The departments a KPI involves: those responsible in the plan's order, then those that only
 * report a breakdown or a narrative, then any stored before that the plan no longer names.
 */
export async function saveKpiDepartments(context: KpiRowsContext): Promise<void> {
  const { trx, departments } = context;
  const entries = kpiEntries(context);
  if (entries.length === 0) return;
  const stored = await trx
    .selectFrom('kpi_departments')
    .selectAll()
    .where(
      'kpi_id',
      'in',
      entries.map(([, id]) => id),
    )
    .orderBy('sort_order')
    .execute();
  for (const [kpi, kpiId] of entries) {
    const before = stored.filter((link) => link.kpi_id === kpiId);
    const responsible = kpi.departments.map((name) => lookup(departments, name));
    const reporting = [
      ...kpi.departmentActuals.map((d) => d.department),
      ...kpi.narratives.flatMap((n) => (n.department === null ? [] : [n.department])),
    ].map((name) => lookup(departments, name));
    const ids = [...new Set([...responsible, ...reporting, ...before.map((l) => l.department_id)])];
    const wanted: KpiDepartmentsTable[] = ids.map((departmentId, sortOrder) => ({
      kpi_id: kpiId,
      department_id: departmentId,
      sort_order: sortOrder,
      responsible: responsible.includes(departmentId) ? 1 : 0,
    }));
    if (sameLinks(before, wanted)) continue;
    await trx.deleteFrom('kpi_departments').where('kpi_id', '=', kpiId).execute();
    await trx.insertInto('kpi_departments').values(wanted).execute();
  }
}

function sameLinks(a: readonly KpiDepartmentsTable[], b: readonly KpiDepartmentsTable[]) {
  return (
    a.length === b.length &&
    a.every(
      (link, index) =>
        link.department_id === b[index]?.department_id &&
        link.sort_order === b[index]?.sort_order &&
        link.responsible === b[index]?.responsible,
    )
  );
}

interface FigureRow extends FigureColumns {
  kpi_id: number;
  series: FigureSeries;
  department_id: number | null;
  fiscal_year: number;
}

const figureKey = (row: Omit<FigureRow, keyof FigureColumns>): string =>
  `${row.kpi_id}/${row.series}/${row.department_id ?? ''}/${row.fiscal_year}`;

function incomingFigures(context: KpiRowsContext): FigureRow[] {
  return kpiEntries(context).flatMap(([kpi, kpiId]) => {
    const rows = (
      series: FigureSeries,
      department: string | null,
      figures: Kpi['actuals'],
    ): FigureRow[] =>
      figures.map(({ fiscalYear, figure }) => ({
        kpi_id: kpiId,
        series,
        department_id: department === null ? null : lookup(context.departments, department),
        fiscal_year: fiscalYear,
        ...figureColumns(figure),
      }));
    return [
      ...rows('milestone', null, kpi.milestones),
      ...rows('actual', null, kpi.actuals),
      ...kpi.departmentActuals.flatMap((d) => rows('actual', d.department, d.actuals)),
      ...rows('cumulative', null, kpi.cumulativeActuals),
    ];
  });
}

const sameColumns = (a: FigureColumns, b: FigureColumns): boolean =>
  a.value === b.value &&
  a.secondary === b.secondary &&
  a.mark === b.mark &&
  a.estimate === b.estimate;

/** Adds new yearly figures and updates changed ones, each change a new version. */
export async function saveYearFigures(context: KpiRowsContext): Promise<void> {
  const { trx, state, now } = context;
  const incoming = incomingFigures(context);
  if (incoming.length === 0) return;
  const codes = new Map([...context.kpiIds].map(([code, id]) => [id, code]));
  const names = new Map([...context.departments].map(([name, id]) => [id, name]));
  refuseDuplicates(incoming, figureKey, (row) => {
    const where = row.department_id === null ? '' : ` (${names.get(row.department_id)})`;
    return `${codes.get(row.kpi_id)} ${row.series}${where} of ${row.fiscal_year}`;
  });
  const kpiIds = [...new Set(incoming.map((row) => row.kpi_id))];
  const stored = new Map(
    (await trx.selectFrom('year_figures').selectAll().where('kpi_id', 'in', kpiIds).execute()).map(
      (row) => [figureKey(row), row],
    ),
  );
  const added: Insertable<Database['year_figures']>[] = [];
  for (const row of incoming) {
    const before = stored.get(figureKey(row));
    if (before === undefined) {
      added.push(firstVersion(row, state, now));
    } else if (!sameColumns(before, row) || (context.restate && before.state !== state)) {
      const text = formatFigureText(figureFromColumns(before));
      const written = await writeNextVersion(
        trx,
        'year_figures',
        { ...before, text },
        { value: row.value, secondary: row.secondary, mark: row.mark, estimate: row.estimate },
        state,
        now,
      );
      refuseIfChanged(written, before.version, `${codes.get(row.kpi_id)} figure`);
    }
  }
  await insertInChunks(added, (chunk) => trx.insertInto('year_figures').values(chunk).execute());
}

/** Adds new narratives and updates rewritten ones, each change a new version. */
export async function saveNarratives(context: KpiRowsContext): Promise<void> {
  const { trx, state, now } = context;
  const incoming = kpiEntries(context).flatMap(([kpi, kpiId]) =>
    kpi.narratives.map((n) => ({
      kpi_id: kpiId,
      fiscal_year: n.fiscalYear,
      department_id: n.department === null ? null : lookup(context.departments, n.department),
      text: n.text,
    })),
  );
  if (incoming.length === 0) return;
  const key = (n: { kpi_id: number; fiscal_year: number; department_id: number | null }) =>
    `${n.kpi_id}/${n.fiscal_year}/${n.department_id ?? ''}`;
  refuseDuplicates(incoming, key, (row) => `a narrative of ${row.fiscal_year}`);
  const kpiIds = [...new Set(incoming.map((row) => row.kpi_id))];
  const stored = new Map(
    (await trx.selectFrom('narratives').selectAll().where('kpi_id', 'in', kpiIds).execute()).map(
      (row) => [key(row), row],
    ),
  );
  const added: Insertable<Database['narratives']>[] = [];
  for (const row of incoming) {
    const before = stored.get(key(row));
    if (before === undefined) added.push(firstVersion(row, state, now));
    else if (!sameNarrative(before.text, row.text) || (context.restate && before.state !== state)) {
      const written = await writeNextVersion(
        trx,
        'narratives',
        before,
        { text: row.text },
        state,
        now,
      );
      refuseIfChanged(written, before.version, `a narrative of ${row.fiscal_year}`);
    }
  }
  await insertInChunks(added, (chunk) => trx.insertInto('narratives').values(chunk).execute());
}
