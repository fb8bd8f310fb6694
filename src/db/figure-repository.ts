import type { Kysely } from 'kysely';
import type { Figure } from '../domain/figure.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { figureColumns, figureFromColumns } from './columns.ts';
import type { FigureColumns } from './columns.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { formatFigureText } from '../domain/figure.ts';
import { NotFoundError } from './errors.ts';
import { bumpRevisionOfKpi } from './plan-revision.ts';
import type { FigureSeries, FigureState, StoredFigure, StoredNarrative } from './records.ts';
import type { Database } from './tables.ts';
import { firstVersion, writeAtVersion, writeNextVersion } from './versioned-write.ts';

/** Where a yearly figure or narrative sits: a KPI, a fiscal year and maybe a department. */
export interface YearSlot {
  readonly kpiId: number;
  readonly fiscalYear: FiscalYear;
  /** Null for the KPI's own row; else one of the departments the KPI involves. */
  readonly department: string | null;
}

export interface Edit {
  /** The version the editor read; 0 when there was no record yet. */
  readonly expectedVersion: number;
  /** The state after the save; an editor's entry is a draft until submitted. */
  readonly state?: FigureState;
  /** When it is saved, ISO 8601: the caller's clock. */
  readonly now: string;
}

export interface YearFigureEdit extends YearSlot, Edit {
  readonly figure: Figure;
  readonly series?: FigureSeries;
}

export interface NarrativeEdit extends YearSlot, Edit {
  readonly text: string;
}

/** A stored figure row as a save finds it before writing over it. */
type FigureRowBefore = FigureColumns & {
  id: number;
  version: number;
  state: FigureState;
  approved_text: string | null;
};

/** One stored figure of a slot and series, or undefined: one indexed read, not the history. */
export async function findStoredFigure(
  db: Kysely<Database>,
  kpiId: number,
  slot: { readonly fiscalYear: FiscalYear; readonly department: string | null },
  series: FigureSeries = 'actual',
): Promise<StoredFigure | undefined> {
  const row = await db
    .selectFrom('year_figures')
    .leftJoin('departments', 'departments.id', 'year_figures.department_id')
    .selectAll('year_figures')
    .select('departments.name as department')
    .where('year_figures.kpi_id', '=', kpiId)
    .where('year_figures.series', '=', series)
    .where('year_figures.fiscal_year', '=', slot.fiscalYear)
    .where(
      slot.department === null ? 'year_figures.department_id' : 'departments.name',
      slot.department === null ? 'is' : '=',
      slot.department,
    )
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      kpiId: row.kpi_id,
      series: row.series,
      fiscalYear: fiscalYear(row.fiscal_year),
      department: row.department,
      figure: figureFromColumns(row),
      state: row.state,
      version: row.version,
      updatedAt: row.updated_at,
    }
  );
}

/** One stored narrative of a slot, or undefined. */
export async function findStoredNarrative(
  db: Kysely<Database>,
  kpiId: number,
  slot: { readonly fiscalYear: FiscalYear; readonly department: string | null },
): Promise<StoredNarrative | undefined> {
  const row = await db
    .selectFrom('narratives')
    .leftJoin('departments', 'departments.id', 'narratives.department_id')
    .selectAll('narratives')
    .select('departments.name as department')
    .where('narratives.kpi_id', '=', kpiId)
    .where('narratives.fiscal_year', '=', slot.fiscalYear)
    .where(
      slot.department === null ? 'narratives.department_id' : 'departments.name',
      slot.department === null ? 'is' : '=',
      slot.department,
    )
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      kpiId: row.kpi_id,
      fiscalYear: fiscalYear(row.fiscal_year),
      department: row.department,
      text: row.text,
      state: row.state,
      version: row.version,
      updatedAt: row.updated_at,
    }
  );
}

/** The department's id, which must be one the KPI involves. */
async function departmentId(trx: Kysely<Database>, slot: YearSlot): Promise<number | null> {
  const kpi = await trx
    .selectFrom('kpis')
    .select('id')
    .where('id', '=', slot.kpiId)
    .executeTakeFirst();
  if (kpi === undefined) throw new NotFoundError('KPI', String(slot.kpiId));
  if (slot.department === null) return null;
  const row = await trx
    .selectFrom('kpi_departments')
    .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
    .select('departments.id')
    .where('kpi_departments.kpi_id', '=', slot.kpiId)
    .where('departments.name', '=', slot.department)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError('department of the KPI', slot.department);
  return row.id;
}

function describeSlot(slot: YearSlot, what: string): string {
  const where = slot.department === null ? '' : ` of ${slot.department}`;
  return `${what}${where} for KPI ${slot.kpiId} in ${slot.fiscalYear}`;
}

/** What a save can be told by a caller that has already checked the slot (requireEntry). */
export interface SaveContext {
  /**
   * The slot's department id, already checked to be one of the KPI's departments (null: the
   * KPI's own row). Without it the KPI and its department are looked up and checked here.
   */
  readonly departmentId?: number | null;
  /**
   * Called once the record is written, with the text it held before (null: there was none),
   * and before the plan's revision goes up: that update is the one statement concurrent saves
   * of other records wait on, so it comes last and is held briefly. The audit entry goes here.
   */
  readonly beforeRevision?: (before: string | null) => Promise<void>;
}

/** The department id of a slot: the caller's, or looked up and checked. */
async function slotDepartmentId(
  trx: Kysely<Database>,
  slot: YearSlot,
  context: SaveContext,
): Promise<number | null> {
  return context.departmentId === undefined ? departmentId(trx, slot) : context.departmentId;
}

/** Writes one record of a slot under optimistic concurrency (versioned-write.ts). */
function writeVersioned(
  slot: YearSlot,
  edit: Edit,
  what: string,
  current: () => Promise<{ id: number; version: number } | undefined>,
  insert: () => Promise<number | undefined>,
  update: () => Promise<boolean>,
): Promise<number> {
  return writeAtVersion(describeSlot(slot, what), edit.expectedVersion, {
    current,
    insert,
    update,
  });
}

/**
 * Saves one yearly figure, refusing with a ConflictError when the stored version is not the
 * one the editor read. Returns what is now stored, without reading it back: the columns just
 * written, at the version after the one read.
 * @example
 * await saveYearFigure(trx, { kpiId, fiscalYear: fiscalYear(2023), department: '総務課',
 *   figure: figureOf(decimal('1')), expectedVersion: 1 }); // → version 2
 */
export async function saveYearFigure(
  trx: Kysely<Database>,
  edit: YearFigureEdit,
  context: SaveContext = {},
): Promise<StoredFigure> {
  const series = edit.series ?? 'actual';
  const deptId = await slotDepartmentId(trx, edit, context);
  const { now } = edit;
  const state = edit.state ?? 'draft';
  const columns = figureColumns(edit.figure);
  let found: FigureRowBefore | undefined;
  const find = async () => {
    found = await trx
      .selectFrom('year_figures')
      .select(['id', 'version', 'state', 'value', 'secondary', 'mark', 'estimate', 'approved_text'])
      .where('kpi_id', '=', edit.kpiId)
      .where('series', '=', series)
      .where('fiscal_year', '=', edit.fiscalYear)
      .where('department_id', deptId === null ? 'is' : '=', deptId)
      .executeTakeFirst();
    return found;
  };
  const textOf = (row: FigureRowBefore) => formatFigureText(figureFromColumns(row));
  const id = await writeVersioned(
    edit,
    edit,
    `the ${series} figure`,
    find,
    async () => {
      const row = await trx
        .insertInto('year_figures')
        .values(
          firstVersion(
            {
              kpi_id: edit.kpiId,
              series,
              department_id: deptId,
              fiscal_year: edit.fiscalYear,
              ...columns,
            },
            state,
            now,
          ),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },
    async () => {
      const before = found;
      if (before === undefined) return false;
      return writeNextVersion(
        trx,
        'year_figures',
        { ...before, text: textOf(before) },
        columns,
        state,
        now,
      );
    },
  );
  const before = found;
  await context.beforeRevision?.(before === undefined ? null : textOf(before));
  await bumpRevisionOfKpi(trx, edit.kpiId);
  return {
    id,
    kpiId: edit.kpiId,
    series,
    fiscalYear: edit.fiscalYear,
    department: edit.department,
    figure: figureFromColumns(columns),
    state,
    version: edit.expectedVersion + 1,
    updatedAt: now,
  };
}

/** Saves one narrative (取組内容), with the same version rule as saveYearFigure. */
export async function saveNarrative(
  trx: Kysely<Database>,
  edit: NarrativeEdit,
  context: SaveContext = {},
): Promise<StoredNarrative> {
  const deptId = await slotDepartmentId(trx, edit, context);
  const { now } = edit;
  const state = edit.state ?? 'draft';
  let found:
    | {
        id: number;
        version: number;
        state: FigureState;
        text: string;
        approved_text: string | null;
      }
    | undefined;
  const find = async () => {
    found = await trx
      .selectFrom('narratives')
      .select(['id', 'version', 'state', 'text', 'approved_text'])
      .where('kpi_id', '=', edit.kpiId)
      .where('fiscal_year', '=', edit.fiscalYear)
      .where('department_id', deptId === null ? 'is' : '=', deptId)
      .executeTakeFirst();
    return found;
  };
  const id = await writeVersioned(
    edit,
    edit,
    'the narrative',
    find,
    async () => {
      const row = await trx
        .insertInto('narratives')
        .values(
          firstVersion(
            {
              kpi_id: edit.kpiId,
              fiscal_year: edit.fiscalYear,
              department_id: deptId,
              text: edit.text,
            },
            state,
            now,
          ),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },
    async () => {
      const before = found;
      if (before === undefined) return false;
      return writeNextVersion(trx, 'narratives', before, { text: edit.text }, state, now);
    },
  );
  await context.beforeRevision?.(found?.text ?? null);
  await bumpRevisionOfKpi(trx, edit.kpiId);
  return {
    id,
    kpiId: edit.kpiId,
    fiscalYear: edit.fiscalYear,
    department: edit.department,
    text: edit.text,
    state,
    version: edit.expectedVersion + 1,
    updatedAt: now,
  };
}
