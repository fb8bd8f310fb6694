import type { Kysely } from 'kysely';
import { ConflictError, DuplicateError, NotFoundError } from '../db/errors.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { findPlanByName, loadPlan } from '../db/plan-repository.ts';
import { savePlan } from '../db/plan-writer.ts';
import type { TreeRecord } from '../db/record-versions.ts';
import { getRecordVersion } from '../db/record-versions.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { GradeScale } from '../domain/grade-scale.ts';
import { DEFAULT_GRADE_SCALE } from '../domain/grade-scale.ts';
import { inferDirection } from '../domain/inference.ts';
import type { BasicPolicy, Kpi, Plan, ThemeProgram } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import type { RatePrecision } from '../domain/rate-format.ts';
import { DEFAULT_RATE_PRECISION } from '../domain/rate-format.ts';
import type { Actor } from '../domain/access.ts';
import { requireMunicipalityChange, requirePlanChange } from './access.ts';
import { audit, changeDrafts } from './audit.ts';
import type { Store } from './database-handle.ts';
import { ValidationError } from './service-errors.ts';

export interface PlanEditResult {
  readonly planId: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
}

/** The version an editor read of the record an edit changes. */
export interface ExpectedVersion {
  readonly record: TreeRecord;
  readonly version: number;
}

const describeRecord = (record: TreeRecord): string => {
  switch (record.kind) {
    case 'plan':
      return 'the plan';
    case 'policy':
      return `basic policy ${record.number}`;
    case 'theme':
      return `theme program ${record.policyNumber}/${record.themeNumber}`;
    case 'kpi':
      return `KPI ${record.code}`;
  }
};

/** Refuses an edit made on a version someone has changed since; a missing record is the edit's to report. */
async function checkVersion(
  trx: Kysely<Database>,
  planId: number,
  expected: ExpectedVersion,
): Promise<void> {
  const actual = await getRecordVersion(trx, planId, expected.record);
  if (actual !== undefined && actual !== expected.version) {
    throw new ConflictError(
      `${describeRecord(expected.record)} is at version ${actual}, not ${expected.version}: someone changed it first`,
      expected.version,
      actual,
    );
  }
}

/**
 * Loads a plan, applies a pure edit to it and saves the result, in one transaction that holds
 * the plan's row lock from the start (so a concurrent edit of the same plan waits, then sees
 * this one's result); with an expected version, refuses the edit when the record changed since
 * the editor read it, so of N concurrent edits naming one version exactly one wins.
 */
async function editPlan(
  store: Store,
  planId: number,
  actor: Actor,
  edit: (plan: Plan) => Plan,
  expected?: ExpectedVersion,
): Promise<PlanEditResult> {
  return writeTransaction(store, async (trx) => {
    await requirePlanChange(trx, actor, planId);
    const { municipalityId } = await lockPlan(trx, store.kind, planId);
    if (expected) await checkVersion(trx, planId, expected);
    const before = await loadPlan(trx, planId);
    const after = edit(before);
    const saved = await savePlan(trx, municipalityId, after);
    await audit(trx, actor, changeDrafts(before, after, { municipalityId, planId }));
    return { planId: saved.planId, added: saved.added, changed: saved.changed };
  });
}

export interface NewPlan {
  readonly name: string;
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
  readonly municipality: { readonly code: string; readonly name: string };
}

export async function createPlan(
  store: Store,
  input: NewPlan,
  actor: Actor,
): Promise<PlanEditResult> {
  if (input.startYear !== null && input.endYear !== null && input.startYear > input.endYear) {
    throw new ValidationError('endYear', 'the plan ends before it starts');
  }
  return writeTransaction(store, async (trx) => {
    const municipality = await requireMunicipalityChange(trx, actor, input.municipality);
    if (await findPlanByName(trx, municipality.id, input.name)) {
      throw new DuplicateError('name', `a plan named "${input.name}" exists already`);
    }
    const plan: Plan = {
      name: input.name,
      startYear: input.startYear,
      endYear: input.endYear,
      ratePrecision: DEFAULT_RATE_PRECISION,
      gradeScale: DEFAULT_GRADE_SCALE,
      policies: [],
    };
    const saved = await savePlan(trx, municipality.id, plan);
    await audit(trx, actor, [
      {
        action: 'plan.create',
        entity: 'plan',
        municipalityId: municipality.id,
        planId: saved.planId,
        field: 'name',
        newValue: plan.name,
      },
    ]);
    return { planId: saved.planId, added: saved.added, changed: saved.changed };
  });
}

function findPolicy(plan: Plan, number: string): BasicPolicy {
  const policy = plan.policies.find((p) => p.number === number);
  if (!policy) throw new NotFoundError('basic policy', number);
  return policy;
}

function findTheme(policy: BasicPolicy, number: string): ThemeProgram {
  const theme = policy.themes.find((t) => t.number === number);
  if (!theme) throw new NotFoundError('theme program', number);
  return theme;
}

/** The plan with one policy replaced. */
function withPolicy(plan: Plan, policy: BasicPolicy, next: BasicPolicy): Plan {
  return { ...plan, policies: plan.policies.map((p) => (p === policy ? next : p)) };
}

/** What a planning division may change about a plan as a whole; each field optional. */
export interface PlanSettingsPatch {
  readonly startYear?: FiscalYear | null;
  readonly endYear?: FiscalYear | null;
  readonly ratePrecision?: RatePrecision;
  readonly gradeScale?: GradeScale;
}

/**
 * Sets a plan's period, rate precision and grading scale. The report follows at once: the
 * save bumps the plan's revision, and the change is listed ("rate precision 0+ → 1+").
 */
export async function updatePlanSettings(
  store: Store,
  planId: number,
  patch: PlanSettingsPatch,
  version: number,
  actor: Actor,
): Promise<PlanEditResult> {
  const expected: ExpectedVersion = { record: { kind: 'plan' }, version };
  return editPlan(
    store,
    planId,
    actor,
    (plan) => {
      const next: Plan = {
        ...plan,
        startYear: patch.startYear === undefined ? plan.startYear : patch.startYear,
        endYear: patch.endYear === undefined ? plan.endYear : patch.endYear,
        ratePrecision: patch.ratePrecision ?? plan.ratePrecision,
        gradeScale: patch.gradeScale ?? plan.gradeScale,
      };
      if (next.startYear !== null && next.endYear !== null && next.startYear > next.endYear) {
        throw new ValidationError(
          patch.endYear === undefined ? 'startYear' : 'endYear',
          'the plan ends before it starts',
        );
      }
      return next;
    },
    expected,
  );
}

/** Renames a basic policy; its number, themes and KPIs stay. */
export async function renamePolicy(
  store: Store,
  planId: number,
  policyNumber: string,
  input: { name: string },
  version: number,
  actor: Actor,
): Promise<PlanEditResult> {
  const expected: ExpectedVersion = { record: { kind: 'policy', number: policyNumber }, version };
  return editPlan(
    store,
    planId,
    actor,
    (plan) => {
      const policy = findPolicy(plan, policyNumber);
      return withPolicy(plan, policy, { ...policy, name: input.name });
    },
    expected,
  );
}

/** Renames a theme program or sets the action items it covers; its KPIs stay. */
export async function updateTheme(
  store: Store,
  planId: number,
  where: { policyNumber: string; themeNumber: string },
  patch: { name?: string; actionItems?: readonly string[] },
  version: number,
  actor: Actor,
): Promise<PlanEditResult> {
  const expected: ExpectedVersion = { record: { kind: 'theme', ...where }, version };
  return editPlan(
    store,
    planId,
    actor,
    (plan) => {
      const policy = findPolicy(plan, where.policyNumber);
      const theme = findTheme(policy, where.themeNumber);
      const next: ThemeProgram = {
        ...theme,
        name: patch.name ?? theme.name,
        actionItems: patch.actionItems ?? theme.actionItems,
      };
      const themes = policy.themes.map((t) => (t === theme ? next : t));
      return withPolicy(plan, policy, { ...policy, themes });
    },
    expected,
  );
}

export async function addPolicy(
  store: Store,
  planId: number,
  input: { number: string; name: string },
  actor: Actor,
) {
  return editPlan(store, planId, actor, (plan) => {
    if (plan.policies.some((p) => p.number === input.number)) {
      throw new DuplicateError('number', `basic policy ${input.number} exists already`);
    }
    return { ...plan, policies: [...plan.policies, { ...input, themes: [] }] };
  });
}

export interface NewTheme {
  readonly number: string;
  readonly name: string;
  readonly actionItems: readonly string[];
}

export async function addTheme(
  store: Store,
  planId: number,
  policyNumber: string,
  input: NewTheme,
  actor: Actor,
) {
  return editPlan(store, planId, actor, (plan) => {
    const policy = findPolicy(plan, policyNumber);
    if (policy.themes.some((t) => t.number === input.number)) {
      throw new DuplicateError('number', `theme program ${input.number} exists already`);
    }
    const themes: ThemeProgram[] = [...policy.themes, { ...input, kpis: [] }];
    return withPolicy(plan, policy, { ...policy, themes });
  });
}

/** The fields of a KPI a planning division sets; figures come through entry and import. */
export type KpiFields = Pick<
  Kpi,
  | 'title'
  | 'note'
  | 'tags'
  | 'departments'
  | 'unit'
  | 'baseline'
  | 'counting'
  | 'target'
  | 'basis'
  | 'formula'
> & { readonly direction?: Kpi['direction'] };

export async function addKpi(
  store: Store,
  planId: number,
  where: { policyNumber: string; themeNumber: string; code: string },
  fields: KpiFields,
  actor: Actor,
) {
  return editPlan(store, planId, actor, (plan) => {
    if (planKpis(plan).some((k) => k.code === where.code)) {
      throw new DuplicateError('code', `KPI ${where.code} exists already`);
    }
    const policy = findPolicy(plan, where.policyNumber);
    const theme = findTheme(policy, where.themeNumber);
    const kpi: Kpi = {
      code: where.code,
      ...fields,
      direction: fields.direction ?? inferDirection(fields.baseline, fields.target),
      milestones: [],
      actuals: [],
      departmentActuals: [],
      cumulativeActuals: [],
      narratives: [],
      extras: [],
    };
    const themes = policy.themes.map((t) => (t === theme ? { ...t, kpis: [...t.kpis, kpi] } : t));
    return withPolicy(plan, policy, { ...policy, themes });
  });
}

export async function updateKpi(
  store: Store,
  planId: number,
  code: string,
  patch: Partial<KpiFields>,
  version: number,
  actor: Actor,
) {
  const expected: ExpectedVersion = { record: { kind: 'kpi', code }, version };
  return editPlan(
    store,
    planId,
    actor,
    (plan) => {
      if (!planKpis(plan).some((k) => k.code === code)) throw new NotFoundError('KPI', code);
      const edit = (kpi: Kpi): Kpi => {
        if (kpi.code !== code) return kpi;
        const next = { ...kpi, ...patch };
        const direction =
          patch.direction ??
          (patch.baseline !== undefined || patch.target !== undefined
            ? inferDirection(next.baseline, next.target)
            : kpi.direction);
        return { ...next, direction };
      };
      return {
        ...plan,
        policies: plan.policies.map((p) => ({
          ...p,
          themes: p.themes.map((t) => ({ ...t, kpis: t.kpis.map(edit) })),
        })),
      };
    },
    expected,
  );
}
