import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import { sameGradeScale } from './grade-scale.ts';
import { inferDirection } from './inference.ts';
import type { BasicPolicy, Kpi, Plan, ThemeProgram } from './model.ts';
import { mapPlanKpis, planKpis } from './model.ts';
import type { RatePrecision } from './rate-format.ts';

/*
 * The edits a planning division makes to a plan's tree, as pure functions: the plan in, the
 * edited plan or why not out. The services load, apply one, and save; these are tested with
 * no database.
 */

/** Why an edit cannot be made: something named is not there, a number or code is taken, a value is wrong. */
export type PlanEditRefusal =
  | { readonly kind: 'not-found'; readonly entity: string; readonly key: string }
  | { readonly kind: 'duplicate'; readonly field: string; readonly message: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

export type PlanEdit =
  | { readonly kind: 'edited'; readonly plan: Plan }
  | { readonly kind: 'refused'; readonly refusal: PlanEditRefusal };

const edited = (plan: Plan): PlanEdit => ({ kind: 'edited', plan });
const refused = (refusal: PlanEditRefusal): PlanEdit => ({ kind: 'refused', refusal });
const notFound = (entity: string, key: string): PlanEdit =>
  refused({ kind: 'not-found', entity, key });

/** What a planning division may change about a plan as a whole; each field optional. */
export interface PlanSettingsPatch {
  readonly startYear?: FiscalYear | null;
  readonly endYear?: FiscalYear | null;
  readonly ratePrecision?: RatePrecision;
  readonly gradeScale?: GradeScale;
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
  | 'validRange'
> & { readonly direction?: Kpi['direction'] };

export interface NewTheme {
  readonly number: string;
  readonly name: string;
  readonly actionItems: readonly string[];
}

/** A plan's period, precision and grading scale; refused when the plan would end before it starts. */
export function setPlanSettings(plan: Plan, patch: PlanSettingsPatch): PlanEdit {
  const next: Plan = {
    ...plan,
    startYear: patch.startYear === undefined ? plan.startYear : patch.startYear,
    endYear: patch.endYear === undefined ? plan.endYear : patch.endYear,
    ratePrecision: patch.ratePrecision ?? plan.ratePrecision,
    gradeScale: patch.gradeScale ?? plan.gradeScale,
  };
  if (next.startYear !== null && next.endYear !== null && next.startYear > next.endYear) {
    const field = patch.endYear === undefined ? 'startYear' : 'endYear';
    return refused({ kind: 'invalid', field, message: 'the plan ends before it starts' });
  }
  return edited(next);
}

/**
 * Why a settings change would rewrite a published year, or null: a published report keeps the
 * grades and the rounding it printed (a new scale or precision would regrade R5), and the
 * period keeps every published year in it.
 */
export function refuseSettingsChange(
  plan: Plan,
  patch: PlanSettingsPatch,
  published: readonly FiscalYear[],
): { field: string; years: FiscalYear[]; message: string } | null {
  if (published.length === 0) return null;
  const years = [...published].sort((a, b) => a - b);
  const names = years.map((y) => formatFiscalYear(y)).join(', ');
  if (patch.gradeScale !== undefined && !sameGradeScale(patch.gradeScale, plan.gradeScale)) {
    return {
      field: 'gradeScale',
      years,
      message: `${names} published with this grading scale: a new scale would regrade a published report (a plan's scale is set before its first year is published)`,
    };
  }
  const precision = patch.ratePrecision;
  if (
    precision !== undefined &&
    (precision.decimals !== plan.ratePrecision.decimals ||
      precision.widenNear100 !== plan.ratePrecision.widenNear100)
  ) {
    return {
      field: 'ratePrecision',
      years,
      message: `${names} published with this rate precision: a new one would change the rates a published report printed`,
    };
  }
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (patch.startYear !== undefined && patch.startYear !== null && patch.startYear > first) {
    return {
      field: 'startYear',
      years: [first],
      message: `${formatFiscalYear(first)} is published: the plan's period keeps it`,
    };
  }
  if (patch.endYear !== undefined && patch.endYear !== null && patch.endYear < last) {
    return {
      field: 'endYear',
      years: [last],
      message: `${formatFiscalYear(last)} is published: the plan's period keeps it`,
    };
  }
  return null;
}

function withPolicy(
  plan: Plan,
  number: string,
  change: (policy: BasicPolicy) => PlanEdit | BasicPolicy,
): PlanEdit {
  const policy = plan.policies.find((p) => p.number === number);
  if (!policy) return notFound('basic policy', number);
  const next = change(policy);
  if ('kind' in next) return next;
  return edited({ ...plan, policies: plan.policies.map((p) => (p === policy ? next : p)) });
}

function withTheme(
  plan: Plan,
  where: { policyNumber: string; themeNumber: string },
  change: (theme: ThemeProgram) => PlanEdit | ThemeProgram,
): PlanEdit {
  return withPolicy(plan, where.policyNumber, (policy) => {
    const theme = policy.themes.find((t) => t.number === where.themeNumber);
    if (!theme) return notFound('theme program', where.themeNumber);
    const next = change(theme);
    if ('kind' in next) return next;
    return { ...policy, themes: policy.themes.map((t) => (t === theme ? next : t)) };
  });
}

/** Adds a basic policy with no themes; its number must be new. */
export function addPolicy(plan: Plan, input: { number: string; name: string }): PlanEdit {
  if (plan.policies.some((p) => p.number === input.number)) {
    return refused({
      kind: 'duplicate',
      field: 'number',
      message: `basic policy ${input.number} exists already`,
    });
  }
  return edited({ ...plan, policies: [...plan.policies, { ...input, themes: [] }] });
}

/** Renames a basic policy; its number, themes and KPIs stay. */
export function renamePolicy(plan: Plan, number: string, name: string): PlanEdit {
  return withPolicy(plan, number, (policy) => ({ ...policy, name }));
}

/** Adds a theme program with no KPIs under a policy; its number must be new there. */
export function addTheme(plan: Plan, policyNumber: string, input: NewTheme): PlanEdit {
  return withPolicy(plan, policyNumber, (policy) => {
    if (policy.themes.some((t) => t.number === input.number)) {
      return refused({
        kind: 'duplicate',
        field: 'number',
        message: `theme program ${input.number} exists already`,
      });
    }
    return { ...policy, themes: [...policy.themes, { ...input, kpis: [] }] };
  });
}

/** Renames a theme program or sets the action items it covers; its KPIs stay. */
export function updateTheme(
  plan: Plan,
  where: { policyNumber: string; themeNumber: string },
  patch: { name?: string; actionItems?: readonly string[] },
): PlanEdit {
  return withTheme(plan, where, (theme) => ({
    ...theme,
    name: patch.name ?? theme.name,
    actionItems: patch.actionItems ?? theme.actionItems,
  }));
}

/**
 * Adds a KPI with no figures under a theme; its code must be new in the plan. Its direction
 * is the one given, else read off baseline → target (⑦ 299,963 → 264,000: decrease).
 */
export function addKpi(
  plan: Plan,
  where: { policyNumber: string; themeNumber: string; code: string },
  fields: KpiFields,
): PlanEdit {
  if (planKpis(plan).some((k) => k.code === where.code)) {
    return refused({
      kind: 'duplicate',
      field: 'code',
      message: `KPI ${where.code} exists already`,
    });
  }
  const kpi: Kpi = {
    code: where.code,
    ...fields,
    direction: fields.direction ?? inferDirection(fields.baseline, fields.target),
    milestones: [],
    actuals: [],
    departmentActuals: [],
    cumulativeActuals: [],
    cumulativeLabel: '累計',
    narratives: [],
    extras: [],
  };
  return withTheme(plan, where, (theme) => ({ ...theme, kpis: [...theme.kpis, kpi] }));
}

/**
 * Changes a KPI's fields (its target among them). A new baseline or target re-reads the
 * direction unless one is given; its figures stay.
 */
export function updateKpi(plan: Plan, code: string, patch: Partial<KpiFields>): PlanEdit {
  if (!planKpis(plan).some((k) => k.code === code)) return notFound('KPI', code);
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
  return edited(mapPlanKpis(plan, edit));
}

/** Where a KPI goes: a theme program, before one of its KPIs (null: last). */
export interface KpiPlace {
  readonly policyNumber: string;
  readonly themeNumber: string;
  readonly before: string | null;
}

/**
 * Moves a KPI to a place in the tree: another theme program, or another position in its own
 * (⑤ before ③). Its figures, history and code go with it.
 */
export function moveKpi(plan: Plan, code: string, to: KpiPlace): PlanEdit {
  const kpi = planKpis(plan).find((k) => k.code === code);
  if (!kpi) return notFound('KPI', code);
  if (to.before === code) {
    return refused({ kind: 'invalid', field: 'before', message: 'a KPI cannot go before itself' });
  }
  const without: Plan = {
    ...plan,
    policies: plan.policies.map((p) => ({
      ...p,
      themes: p.themes.map((t) => ({ ...t, kpis: t.kpis.filter((k) => k.code !== code) })),
    })),
  };
  return withTheme(without, to, (theme) => {
    const kpis = placed(theme.kpis, kpi, to.before, (k) => k.code);
    if (kpis === null) {
      return refused({
        kind: 'invalid',
        field: 'before',
        message: `KPI ${to.before} is not in theme program ${to.themeNumber}`,
      });
    }
    return { ...theme, kpis };
  });
}

/** Puts `item` before the element `before` names (null: last), or says `before` is not there. */
function placed<T>(
  items: readonly T[],
  item: T,
  before: string | null,
  key: (t: T) => string,
): T[] | null {
  if (before === null) return [...items, item];
  const index = items.findIndex((t) => key(t) === before);
  return index < 0 ? null : [...items.slice(0, index), item, ...items.slice(index)];
}

/** Moves a basic policy before another (null: last); its themes and KPIs go with it. */
export function movePolicy(plan: Plan, number: string, before: string | null): PlanEdit {
  const policy = plan.policies.find((p) => p.number === number);
  if (!policy) return notFound('basic policy', number);
  if (before === number) {
    return refused({
      kind: 'invalid',
      field: 'before',
      message: 'a policy cannot go before itself',
    });
  }
  const others = plan.policies.filter((p) => p !== policy);
  const policies = placed(others, policy, before, (p) => p.number);
  if (policies === null) {
    return refused({ kind: 'invalid', field: 'before', message: `no basic policy ${before}` });
  }
  return edited({ ...plan, policies });
}

/** Where a theme program goes: a basic policy, before one of its themes (null: last). */
export interface ThemePlace {
  readonly policyNumber: string;
  readonly before: string | null;
}

/**
 * Moves a theme program, its KPIs with it, to another place under its basic policy or under
 * another one; its number must be free there (numbers are printed and name it in the API).
 */
export function moveTheme(
  plan: Plan,
  where: { policyNumber: string; themeNumber: string },
  to: ThemePlace,
): PlanEdit {
  const from = plan.policies.find((p) => p.number === where.policyNumber);
  const theme = from?.themes.find((t) => t.number === where.themeNumber);
  if (!from) return notFound('basic policy', where.policyNumber);
  if (!theme) return notFound('theme program', where.themeNumber);
  if (to.before === theme.number && to.policyNumber === where.policyNumber) {
    return refused({
      kind: 'invalid',
      field: 'before',
      message: 'a theme cannot go before itself',
    });
  }
  const without: Plan = {
    ...plan,
    policies: plan.policies.map((p) =>
      p === from ? { ...p, themes: p.themes.filter((t) => t !== theme) } : p,
    ),
  };
  return withPolicy(without, to.policyNumber, (policy) => {
    if (policy.themes.some((t) => t.number === theme.number)) {
      return refused({
        kind: 'duplicate',
        field: 'policyNumber',
        message: `basic policy ${to.policyNumber} has a theme program ${theme.number} already`,
      });
    }
    const themes = placed(policy.themes, theme, to.before, (t) => t.number);
    if (themes === null) {
      return refused({
        kind: 'invalid',
        field: 'before',
        message: `theme program ${to.before} is not under basic policy ${to.policyNumber}`,
      });
    }
    return { ...policy, themes };
  });
}
