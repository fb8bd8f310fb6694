import type { Insertable, Kysely } from 'kysely';
import type { Kpi, Plan } from '../domain/model.ts';
import { planDepartments } from '../domain/model.ts';
import type { PlanChanges } from '../domain/plan-diff.ts';
import { diffPlans } from '../domain/plan-diff.ts';
import { encodeExtras, encodeGradeScale, encodeList, encodeRatePrecision } from './columns.ts';
import { ensureDepartments } from './department-repository.ts';
import { ConflictError, InvalidPlanError } from './errors.ts';
import { saveKpiDepartments, saveNarratives, saveYearFigures } from './kpi-rows-writer.ts';
import { findPlanByName, loadPlan } from './plan-repository.ts';
import { bumpPlanRevision } from './plan-revision.ts';
import type { FigureState } from './records.ts';
import type { Database, KpisTable } from './tables.ts';

export interface SavePlanResult extends PlanChanges {
  readonly planId: number;
}

export interface SavePlanOptions {
  /** When the figures and narratives it writes are saved (ISO 8601): the caller's clock. */
  readonly now: string;
  /** The state of figures and narratives the save adds or changes: a published table's are approved. */
  readonly state?: FigureState;
  /**
   * A published report: records it holds unchanged but in another state (a reopened entry's
   * figure, re-published as it was) take `state` too. Edits of the tree leave them as they are.
   */
  readonly restate?: boolean;
  /**
   * The plan is new: its row is inserted, never matched by name, so a plan of that name saved
   * by a concurrent writer since the caller looked is a unique-key violation (409), not a
   * silent save over it.
   */
  readonly create?: boolean;
}

/** Whether a stored row already holds these column values. */
function holds(row: object, values: object): boolean {
  const stored = new Map<string, unknown>(Object.entries(row));
  return Object.entries(values).every(([column, value]) => stored.get(column) === value);
}

async function savePlanRow(
  trx: Kysely<Database>,
  municipalityId: number,
  plan: Plan,
  existingId: number | undefined,
): Promise<number> {
  const values = {
    start_year: plan.startYear,
    end_year: plan.endYear,
    rate_precision: encodeRatePrecision(plan.ratePrecision),
    grade_scale: encodeGradeScale(plan.gradeScale),
  };
  if (existingId !== undefined) {
    const stored = await trx
      .selectFrom('plans')
      .selectAll()
      .where('id', '=', existingId)
      .executeTakeFirstOrThrow();
    await updateRow(stored, values, 'the plan', (id) =>
      trx
        .updateTable('plans')
        .set({ ...values, version: stored.version + 1 })
        .where('id', '=', id)
        .where('version', '=', stored.version)
        .executeTakeFirst(),
    );
    return existingId;
  }
  const row = await trx
    .insertInto('plans')
    .values({ ...values, municipality_id: municipalityId, name: plan.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function kpiColumns(kpi: Kpi): Omit<Insertable<KpisTable>, 'plan_id' | 'theme_id' | 'sort_order'> {
  return {
    code: kpi.code,
    title: kpi.title,
    note: kpi.note,
    tags: encodeList(kpi.tags),
    extras: encodeExtras(kpi.extras),
    // A table without the cumulative row leaves its label as stored, as it leaves its figures.
    ...(kpi.cumulativeActuals.length > 0 && { cumulative_label: kpi.cumulativeLabel }),
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
    // A KPI read from a table declares no range: the one declared in the app stays.
    ...(kpi.validRange !== undefined && {
      valid_min: kpi.validRange?.min ?? null,
      valid_max: kpi.validRange?.max ?? null,
    }),
  };
}

/** Saves policies, theme programs and KPIs by their numbers and codes; returns KPI ids by code. */
async function saveTree(trx: Kysely<Database>, planId: number, plan: Plan) {
  const kpiIds = new Map<string, number>();
  const [policies, themes, kpis] = await Promise.all([
    trx.selectFrom('basic_policies').selectAll().where('plan_id', '=', planId).execute(),
    trx
      .selectFrom('theme_programs')
      .innerJoin('basic_policies', 'basic_policies.id', 'theme_programs.policy_id')
      .selectAll('theme_programs')
      .where('plan_id', '=', planId)
      .execute(),
    trx.selectFrom('kpis').selectAll().where('plan_id', '=', planId).execute(),
  ]);
  let kpiOrder = 0;
  for (const [policyOrder, policy] of plan.policies.entries()) {
    const stored = policies.find((p) => p.number === policy.number);
    const values = { name: policy.name, sort_order: policyOrder };
    const policyId = stored
      ? await updateRow(stored, values, `basic policy ${policy.number}`, (id) =>
          trx
            .updateTable('basic_policies')
            .set({ ...values, ...nextVersion(stored, values) })
            .where('id', '=', id)
            .where('version', '=', stored.version)
            .executeTakeFirst(),
        )
      : await insertRow(trx, 'basic_policies', {
          ...values,
          plan_id: planId,
          number: policy.number,
        });
    for (const [themeOrder, theme] of policy.themes.entries()) {
      const old = themes.find((t) => t.policy_id === policyId && t.number === theme.number);
      const themeValues = {
        name: theme.name,
        action_items: encodeList(theme.actionItems),
        sort_order: themeOrder,
      };
      const themeId = old
        ? await updateRow(old, themeValues, `theme program ${theme.number}`, (id) =>
            trx
              .updateTable('theme_programs')
              .set({ ...themeValues, ...nextVersion(old, themeValues) })
              .where('id', '=', id)
              .where('version', '=', old.version)
              .executeTakeFirst(),
          )
        : await insertRow(trx, 'theme_programs', {
            ...themeValues,
            policy_id: policyId,
            number: theme.number,
          });
      for (const kpi of theme.kpis) {
        if (kpiIds.has(kpi.code))
          throw new InvalidPlanError(`the plan gives KPI ${kpi.code} twice`);
        const previous = kpis.find((k) => k.code === kpi.code);
        const kpiValues = { ...kpiColumns(kpi), theme_id: themeId, sort_order: kpiOrder++ };
        const id = previous
          ? await updateRow(previous, kpiValues, `KPI ${kpi.code}`, (id) =>
              trx
                .updateTable('kpis')
                .set({ ...kpiValues, ...nextVersion(previous, kpiValues) })
                .where('id', '=', id)
                .where('version', '=', previous.version)
                .executeTakeFirst(),
            )
          : await insertRow(trx, 'kpis', { ...kpiValues, plan_id: planId });
        kpiIds.set(kpi.code, id);
      }
    }
  }
  return kpiIds;
}

type TreeTable = 'basic_policies' | 'theme_programs' | 'kpis';

async function insertRow<T extends TreeTable>(
  trx: Kysely<Database>,
  table: T,
  values: Insertable<Database[T]>,
): Promise<number> {
  const row = await trx.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A record's next version when its own fields change; a new place in the table order
 * (another KPI inserted above it) is not an edit of it, so it keeps its version.
 */
function nextVersion(
  stored: { readonly version: number },
  values: { readonly sort_order: number },
) {
  const { sort_order, ...fields } = values;
  return holds(stored, fields) ? {} : { version: stored.version + 1 };
}

/**
 * Runs the update only when the stored row's values differ; returns its id. The update is
 * conditional on the version read (`where version = ?`), so a writer that changed the row in
 * between makes it touch nothing, and the save is refused rather than undoing that change.
 */
async function updateRow(
  stored: { readonly id: number; readonly version: number },
  values: object,
  what: string,
  update: (id: number) => Promise<{ readonly numUpdatedRows: bigint }>,
): Promise<number> {
  if (holds(stored, values)) return stored.id;
  const { numUpdatedRows } = await update(stored.id);
  if (numUpdatedRows !== 1n) {
    throw new ConflictError(
      `${what} changed while this save was running; reload and try again`,
      stored.version,
      stored.version + 1,
    );
  }
  return stored.id;
}

/**
 * Saves a plan by its natural keys (plan name, policy and theme numbers, KPI codes, fiscal
 * year and department) and lists what it added and changed. A merge: years and KPIs the plan
 * leaves out stay as stored. Saving the same plan again changes and duplicates nothing; a
 * changed figure gets a new version, so an editor holding the old one is refused. Run it in
 * a transaction: a failure part-way must leave the database as it was.
 * @example
 * const { added, changed } = await db
 *   .transaction()
 *   .execute((trx) => savePlan(trx, cityId, plan, { now: new Date().toISOString() }));
 * // changed: ['⑩ R5 actual 0 → 1']
 */
export async function savePlan(
  trx: Kysely<Database>,
  municipalityId: number,
  plan: Plan,
  { now, state = 'approved', restate = false, create = false }: SavePlanOptions,
): Promise<SavePlanResult> {
  const existing = create ? undefined : await findPlanByName(trx, municipalityId, plan.name);
  const changes = diffPlans(existing ? await loadPlan(trx, existing.id) : null, plan);
  const planId = await savePlanRow(trx, municipalityId, plan, existing?.id);
  const departments = await ensureDepartments(trx, municipalityId, planDepartments(plan));
  const kpiIds = await saveTree(trx, planId, plan);
  const context = {
    trx,
    plan,
    kpiIds,
    departments,
    state,
    restate,
    now,
  };
  await saveKpiDepartments(context);
  await saveYearFigures(context);
  await saveNarratives(context);
  if (changes.added.length > 0 || changes.changed.length > 0) await bumpPlanRevision(trx, planId);
  return { planId, added: changes.added, changed: changes.changed };
}
