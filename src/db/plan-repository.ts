import type { Kysely, Selectable } from 'kysely';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { DepartmentFigures, Kpi, Narrative, Plan, YearFigure } from '../domain/model.ts';
import {
  decodeExtras,
  decodeGradeScale,
  decodeList,
  decodeRatePrecision,
  figureFromColumns,
  toDecimal,
  toYearOrNull,
} from './columns.ts';
import { NotFoundError } from './errors.ts';
import type { PlanSummary } from './records.ts';
import type { Database, KpisTable } from './tables.ts';

const summaryColumns = ['id', 'municipality_id', 'name', 'start_year', 'end_year'] as const;

function toSummary(row: Pick<Selectable<Database['plans']>, (typeof summaryColumns)[number]>) {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    name: row.name,
    startYear: toYearOrNull(row.start_year),
    endYear: toYearOrNull(row.end_year),
  } satisfies PlanSummary;
}

export async function listPlans(
  db: Kysely<Database>,
  municipalityId: number,
): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom('plans')
    .select(summaryColumns)
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  return rows.map(toSummary);
}

export async function findPlanById(
  db: Kysely<Database>,
  id: number,
): Promise<PlanSummary | undefined> {
  const row = await db
    .selectFrom('plans')
    .select(summaryColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toSummary(row);
}

/** A plan's summary and its revision (every write bumps it). */
export interface PlanAtRevision {
  readonly plan: PlanSummary;
  readonly revision: number;
}

/**
 * A plan's summary and its revision in one read: what a cached report needs to know on every
 * request (who may read it, and whether what is kept is still current).
 */
export async function findPlanWithRevision(
  db: Kysely<Database>,
  id: number,
): Promise<PlanAtRevision | undefined> {
  const row = await db
    .selectFrom('plans')
    .select([...summaryColumns, 'revision'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { plan: toSummary(row), revision: row.revision };
}

/** A plan's KPI as an entry's access check reads it: its id and departments, 主担当 first. */
export interface KpiOfEntry {
  readonly id: number;
  readonly departments: readonly { readonly id: number; readonly name: string }[];
}

/**
 * A plan's summary with one of its KPIs by code and the KPI's departments (its first, 主担当,
 * first), in one read — the KPI undefined when the plan has none of that code. On PostgreSQL
 * `lock: 'key share'` also takes the plan's `entry` lock for the rest of the transaction
 * (plan-lock.ts), saving a figure a round trip.
 */
export async function findPlanWithKpi(
  db: Kysely<Database>,
  planId: number,
  code: string,
  lock?: 'key share',
): Promise<{ plan: PlanSummary; kpi: KpiOfEntry | undefined } | undefined> {
  const query = db
    .selectFrom('plans')
    .leftJoin('kpis', (join) =>
      join.onRef('kpis.plan_id', '=', 'plans.id').on('kpis.code', '=', code),
    )
    .leftJoin('kpi_departments', 'kpi_departments.kpi_id', 'kpis.id')
    .leftJoin('departments', 'departments.id', 'kpi_departments.department_id')
    .select([
      'plans.id',
      'plans.municipality_id',
      'plans.name',
      'plans.start_year',
      'plans.end_year',
      'kpis.id as kpi_id',
      'departments.id as department_id',
      'departments.name as department',
    ])
    .where('plans.id', '=', planId)
    .orderBy('kpi_departments.sort_order');
  const rows = await (lock === undefined ? query : query.forKeyShare('plans')).execute();
  const first = rows[0];
  if (first === undefined) return undefined;
  const departments = rows.flatMap((r) =>
    r.department_id === null || r.department === null
      ? []
      : [{ id: r.department_id, name: r.department }],
  );
  return {
    plan: toSummary(first),
    kpi: first.kpi_id === null ? undefined : { id: first.kpi_id, departments },
  };
}

export async function findPlanByName(
  db: Kysely<Database>,
  municipalityId: number,
  name: string,
): Promise<PlanSummary | undefined> {
  const row = await db
    .selectFrom('plans')
    .select(summaryColumns)
    .where('municipality_id', '=', municipalityId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toSummary(row);
}

/** The id of a plan's KPI by its printed code (①, ⑰, 21), for editing its figures. */
export async function findKpiId(
  db: Kysely<Database>,
  planId: number,
  code: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('kpis')
    .select('id')
    .where('plan_id', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** Groups rows by a key, keeping their order. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

async function planRows(db: Kysely<Database>, planId: number) {
  const kpiIds = db.selectFrom('kpis').select('id').where('plan_id', '=', planId);
  const [policies, themes, kpis, departments, figures, narratives] = await Promise.all([
    db
      .selectFrom('basic_policies')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('theme_programs')
      .innerJoin('basic_policies', 'basic_policies.id', 'theme_programs.policy_id')
      .selectAll('theme_programs')
      .where('basic_policies.plan_id', '=', planId)
      .orderBy('theme_programs.sort_order')
      .execute(),
    db
      .selectFrom('kpis')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('retired', '=', 0)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('kpi_departments')
      .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
      .select(['kpi_id', 'department_id', 'name', 'responsible'])
      .where('kpi_id', 'in', kpiIds)
      .orderBy('kpi_id')
      .orderBy('sort_order')
      .orderBy('department_id')
      .execute(),
    db
      .selectFrom('year_figures')
      .selectAll()
      .where('kpi_id', 'in', kpiIds)
      .orderBy('fiscal_year')
      .execute(),
    db
      .selectFrom('narratives')
      .selectAll()
      .where('kpi_id', 'in', kpiIds)
      .orderBy('fiscal_year')
      .execute(),
  ]);
  return { policies, themes, kpis, departments, figures, narratives };
}

type PlanRows = Awaited<ReturnType<typeof planRows>>;

function toYearFigures(rows: PlanRows['figures']): YearFigure[] {
  return rows.map((row) => ({
    fiscalYear: fiscalYear(row.fiscal_year),
    figure: figureFromColumns(row),
  }));
}

function toKpi(row: Selectable<KpisTable>, all: PlanRows): Kpi {
  const links = all.departments.filter((d) => d.kpi_id === row.id);
  const nameOf = (id: number): string => links.find((l) => l.department_id === id)?.name ?? '';
  // The KPI's own rows and narratives first, then each department's in the KPI's order.
  const rank = (id: number | null): number =>
    id === null ? -1 : links.findIndex((l) => l.department_id === id);
  const figures = all.figures.filter((f) => f.kpi_id === row.id);
  const atKpi = (series: string) =>
    figures.filter((f) => f.series === series && f.department_id === null);
  const departmentRows = figures
    .filter((f) => f.department_id !== null)
    .sort((a, b) => rank(a.department_id) - rank(b.department_id));
  const departmentActuals: DepartmentFigures[] = [
    ...groupBy(departmentRows, (f) => f.department_id ?? 0),
  ].map(([id, rows]) => ({ department: nameOf(id), actuals: toYearFigures(rows) }));
  const narratives: Narrative[] = all.narratives
    .filter((n) => n.kpi_id === row.id)
    .sort((a, b) => a.fiscal_year - b.fiscal_year || rank(a.department_id) - rank(b.department_id))
    .map((n) => ({
      fiscalYear: fiscalYear(n.fiscal_year),
      department: n.department_id === null ? null : nameOf(n.department_id),
      text: n.text,
    }));
  return {
    code: row.code,
    title: row.title,
    note: row.note,
    tags: decodeList(row.tags),
    extras: decodeExtras(row.extras),
    departments: links.filter((link) => link.responsible === 1).map((link) => link.name),
    unit: row.unit,
    baseline:
      row.baseline_value === null
        ? null
        : { value: toDecimal(row.baseline_value), fiscalYear: toYearOrNull(row.baseline_year) },
    counting: row.counting,
    direction: row.direction,
    basis: row.basis,
    formula: row.formula,
    target:
      row.target_kind === null || row.target_value === null
        ? null
        : {
            kind: row.target_kind,
            value: toDecimal(row.target_value),
            fiscalYear: toYearOrNull(row.target_year),
          },
    milestones: toYearFigures(atKpi('milestone')),
    actuals: toYearFigures(atKpi('actual')),
    departmentActuals,
    cumulativeActuals: toYearFigures(atKpi('cumulative')),
    cumulativeLabel: row.cumulative_label,
    narratives,
    ...((row.valid_min !== null || row.valid_max !== null) && {
      validRange: { min: row.valid_min, max: row.valid_max },
    }),
  };
}

/**
 * The stored plan as a domain value, in table order; retired KPIs are left out.
 * @example const plan = await loadPlan(db, summary.id); planKpis(plan).length // 20
 */
export async function loadPlan(db: Kysely<Database>, planId: number): Promise<Plan> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (plan === undefined) throw new NotFoundError('plan', String(planId));
  const rows = await planRows(db, planId);
  const kpisByTheme = groupBy(rows.kpis, (kpi) => kpi.theme_id);
  const themesByPolicy = groupBy(rows.themes, (theme) => theme.policy_id);
  return {
    name: plan.name,
    startYear: toYearOrNull(plan.start_year),
    endYear: toYearOrNull(plan.end_year),
    ratePrecision: decodeRatePrecision(plan.rate_precision),
    gradeScale: decodeGradeScale(plan.grade_scale),
    policies: rows.policies.map((policy) => ({
      number: policy.number,
      name: policy.name,
      themes: (themesByPolicy.get(policy.id) ?? []).map((theme) => ({
        number: theme.number,
        name: theme.name,
        actionItems: decodeList(theme.action_items),
        kpis: (kpisByTheme.get(theme.id) ?? []).map((kpi) => toKpi(kpi, rows)),
      })),
    })),
  };
}

/**
 * How many KPIs a plan has and the fiscal years with approved figures or narratives, read with two
 * aggregate queries instead of loading the whole plan (for lists of many plans).
 */
export async function planActivity(
  db: Kysely<Database>,
  planId: number,
): Promise<{ kpis: number; fiscalYears: FiscalYear[] }> {
  const kpiIds = db
    .selectFrom('kpis')
    .select('id')
    .where('plan_id', '=', planId)
    .where('retired', '=', 0);
  const [count, years] = await Promise.all([
    db
      .selectFrom('kpis')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('plan_id', '=', planId)
      .where('retired', '=', 0)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('year_figures')
      .select('fiscal_year')
      .where('kpi_id', 'in', kpiIds)
      .where('series', 'in', ['actual', 'cumulative'])
      // Only approved figures count (issue 12): a year in review is not a year of the plan yet.
      .where('state', '=', 'approved')
      .union(
        db
          .selectFrom('narratives')
          .select('fiscal_year')
          .where('kpi_id', 'in', kpiIds)
          .where('state', '=', 'approved'),
      )
      .execute(),
  ]);
  const fiscalYears = [...new Set(years.map((y) => y.fiscal_year))].sort((a, b) => a - b);
  return { kpis: Number(count.n), fiscalYears: fiscalYears.map(fiscalYear) };
}

/** Plans of every municipality with this name (the command line names plans, not ids). */
export async function listPlansNamed(db: Kysely<Database>, name: string): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom('plans')
    .select(summaryColumns)
    .where('name', '=', name)
    .orderBy('id')
    .execute();
  return rows.map(toSummary);
}
