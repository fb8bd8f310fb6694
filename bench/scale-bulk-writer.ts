import type { Insertable, Kysely } from 'kysely';
import {
  encodeExtras,
  encodeGradeScale,
  encodeList,
  encodeRatePrecision,
  figureColumns,
} from '../src/db/columns.ts';
import type { Database } from '../src/db/tables.ts';
import type { Kpi, Plan } from '../src/domain/model.ts';
import { planKpis } from '../src/domain/model.ts';
import type { ScaleMunicipality } from './scale-municipality.ts';
import { PUBLISHED_YEARS } from './scale-municipality.ts';

/*
 * Many municipalities' plans written with a few multi-row INSERTs per table, for the scale
 * bench only: savePlan writes the tree row by row (about 0.5 s a 300-KPI plan on PostgreSQL,
 * 15 minutes for 1,741 municipalities). The rows are those savePlan writes for a new plan
 * (src/db/plan-writer.ts, kpi-rows-writer.ts); the plan the bench reads is saved by savePlan.
 */

/** Rows per INSERT: under PostgreSQL's 65,535 bound parameters for kpis' 18 columns. */
const CHUNK = 2000;

async function insertAll<T, R>(rows: readonly T[], insert: (chunk: T[]) => Promise<R[]>) {
  const inserted: R[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    inserted.push(...(await insert(rows.slice(start, start + CHUNK))));
  }
  return inserted;
}

function idsBy<R extends { id: number }>(rows: readonly R[], key: (row: R) => string) {
  const ids = new Map(rows.map((row) => [key(row), row.id]));
  return (k: string): number => {
    const id = ids.get(k);
    if (id === undefined) throw new Error(`no id inserted for ${k}`);
    return id;
  };
}

/** A KPI's responsible departments, then those that only report a breakdown or a narrative. */
function kpiDepartments(kpi: Kpi): { name: string; responsible: boolean }[] {
  const reporting = [
    ...kpi.departmentActuals.map((d) => d.department),
    ...kpi.narratives.flatMap((n) => (n.department === null ? [] : [n.department])),
  ];
  return [...new Set([...kpi.departments, ...reporting])].map((name) => ({
    name,
    responsible: kpi.departments.includes(name),
  }));
}

function kpiRow(kpi: Kpi, planId: number, themeId: number, order: number) {
  return {
    plan_id: planId,
    theme_id: themeId,
    sort_order: order,
    code: kpi.code,
    title: kpi.title,
    note: kpi.note,
    tags: encodeList(kpi.tags),
    extras: encodeExtras(kpi.extras),
    unit: kpi.unit,
    baseline_value: kpi.baseline?.value ?? null,
    baseline_year: kpi.baseline?.fiscalYear ?? null,
    counting: kpi.counting,
    direction: kpi.direction,
    basis: kpi.basis,
    formula: kpi.formula,
    target_kind: kpi.target?.kind ?? null,
    target_value: kpi.target?.value ?? null,
    target_year: kpi.target?.fiscalYear ?? null,
    retired: 0,
  } satisfies Insertable<Database['kpis']>;
}

type Department = (planId: number, name: string) => number;

function figureRows(kpi: Kpi, kpiId: number, planId: number, department: Department, now: string) {
  const rows = (
    series: 'milestone' | 'actual' | 'cumulative',
    dept: string | null,
    figures: Kpi['actuals'],
  ) =>
    figures.map(({ fiscalYear, figure }) => ({
      kpi_id: kpiId,
      series,
      department_id: dept === null ? null : department(planId, dept),
      fiscal_year: fiscalYear,
      ...figureColumns(figure),
      state: 'approved' as const,
      version: 1,
      updated_at: now,
    }));
  return [
    ...rows('milestone', null, kpi.milestones),
    ...rows('actual', null, kpi.actuals),
    ...kpi.departmentActuals.flatMap((d) => rows('actual', d.department, d.actuals)),
    ...rows('cumulative', null, kpi.cumulativeActuals),
  ];
}

/** Writes the municipalities, their departments and plans (years published) in one transaction. */
export async function bulkWriteMunicipalities(
  db: Kysely<Database>,
  batch: readonly ScaleMunicipality[],
): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const cities = await trx
      .insertInto('municipalities')
      .values(batch.map(({ code, name }) => ({ code, name })))
      .returning(['id', 'code'])
      .execute();
    const cityId = idsBy(cities, (c) => c.code);
    const planRows = await trx
      .insertInto('plans')
      .values(batch.map(({ code, plan }) => planRow(plan, cityId(code))))
      .returning(['id', 'municipality_id'])
      .execute();
    const plans = batch.map(({ code, plan }) => ({
      plan,
      planId: idsBy(planRows, (p) => String(p.municipality_id))(String(cityId(code))),
      municipalityId: cityId(code),
    }));
    const departmentRows = await insertAll(
      plans.flatMap(({ plan, municipalityId }) =>
        [...new Set(planKpis(plan).flatMap((k) => kpiDepartments(k).map((d) => d.name)))].map(
          (name) => ({ municipality_id: municipalityId, name }),
        ),
      ),
      (chunk) =>
        trx
          .insertInto('departments')
          .values(chunk)
          .returning(['id', 'municipality_id', 'name'])
          .execute(),
    );
    const departmentOfCity = idsBy(departmentRows, (d) => `${d.municipality_id}/${d.name}`);
    const cityOfPlan = new Map(plans.map((p) => [p.planId, p.municipalityId]));
    const department: Department = (planId, name) =>
      departmentOfCity(`${cityOfPlan.get(planId)}/${name}`);
    const policyRows = await insertAll(
      plans.flatMap(({ plan, planId }) =>
        plan.policies.map((p, order) => ({
          plan_id: planId,
          number: p.number,
          name: p.name,
          sort_order: order,
        })),
      ),
      (chunk) =>
        trx
          .insertInto('basic_policies')
          .values(chunk)
          .returning(['id', 'plan_id', 'number'])
          .execute(),
    );
    const policyId = idsBy(policyRows, (p) => `${p.plan_id}/${p.number}`);
    const themeRows = await insertAll(
      plans.flatMap(({ plan, planId }) =>
        plan.policies.flatMap((p) =>
          p.themes.map((t, order) => ({
            policy_id: policyId(`${planId}/${p.number}`),
            number: t.number,
            name: t.name,
            action_items: encodeList(t.actionItems),
            sort_order: order,
          })),
        ),
      ),
      (chunk) =>
        trx
          .insertInto('theme_programs')
          .values(chunk)
          .returning(['id', 'policy_id', 'number'])
          .execute(),
    );
    const themeId = idsBy(themeRows, (t) => `${t.policy_id}/${t.number}`);
    const kpiRows = await insertAll(
      plans.flatMap(({ plan, planId }) => {
        let order = 0;
        return plan.policies.flatMap((p) =>
          p.themes.flatMap((t) => {
            const theme = themeId(`${policyId(`${planId}/${p.number}`)}/${t.number}`);
            return t.kpis.map((kpi) => kpiRow(kpi, planId, theme, order++));
          }),
        );
      }),
      (chunk) =>
        trx.insertInto('kpis').values(chunk).returning(['id', 'plan_id', 'code']).execute(),
    );
    const kpiId = idsBy(kpiRows, (k) => `${k.plan_id}/${k.code}`);
    const kpis = plans.flatMap(({ plan, planId }) =>
      planKpis(plan).map((kpi) => ({ kpi, planId, id: kpiId(`${planId}/${kpi.code}`) })),
    );
    await insertAll(
      kpis.flatMap(({ kpi, planId, id }) =>
        kpiDepartments(kpi).map((d, order) => ({
          kpi_id: id,
          department_id: department(planId, d.name),
          sort_order: order,
          responsible: d.responsible ? 1 : 0,
        })),
      ),
      (chunk) => trx.insertInto('kpi_departments').values(chunk).execute(),
    );
    await insertAll(
      kpis.flatMap(({ kpi, planId, id }) => figureRows(kpi, id, planId, department, now)),
      (chunk) => trx.insertInto('year_figures').values(chunk).execute(),
    );
    await insertAll(
      kpis.flatMap(({ kpi, planId, id }) =>
        kpi.narratives.map((n) => ({
          kpi_id: id,
          fiscal_year: n.fiscalYear,
          department_id: n.department === null ? null : department(planId, n.department),
          text: n.text,
          state: 'approved' as const,
          version: 1,
          updated_at: now,
        })),
      ),
      (chunk) => trx.insertInto('narratives').values(chunk).execute(),
    );
    await trx
      .insertInto('published_years')
      .values(
        plans.flatMap(({ planId }) =>
          PUBLISHED_YEARS.map((year) => ({
            plan_id: planId,
            fiscal_year: year,
            published_by: 'bench',
            published_at: now,
          })),
        ),
      )
      .execute();
  });
}

function planRow(plan: Plan, municipalityId: number) {
  return {
    municipality_id: municipalityId,
    name: plan.name,
    start_year: plan.startYear,
    end_year: plan.endYear,
    rate_precision: encodeRatePrecision(plan.ratePrecision),
    grade_scale: encodeGradeScale(plan.gradeScale),
  };
}
