import type { BasicPolicy, Kpi, Plan, ThemeProgram } from './model.ts';
import { planKpis } from './model.ts';

/**
 * One field of one record of the plan tree that an edit changed, with its old and new value
 * as text: what the audit log keeps for "who changed ⑦, when, from what".
 */
export interface RecordChange {
  readonly entity: 'plan' | 'policy' | 'theme' | 'kpi';
  /** The record's number: "1" (policy), "1/2" (theme), "⑦" (KPI); null for the plan. */
  readonly key: string | null;
  readonly kpiCode: string | null;
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** A value as the log shows it: text as is, anything else as JSON (bigints as digits). */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

const PLAN_FIELDS = ['name', 'startYear', 'endYear', 'ratePrecision', 'gradeScale'] as const;
const POLICY_FIELDS = ['name'] as const;
const THEME_FIELDS = ['name', 'actionItems'] as const;
/** A KPI's definition; its figures and narratives are entries of their own. */
const KPI_FIELDS = [
  'title',
  'note',
  'tags',
  'departments',
  'unit',
  'baseline',
  'counting',
  'direction',
  'basis',
  'formula',
  'target',
  'extras',
] as const satisfies readonly (keyof Kpi)[];

function compare<T extends object>(
  before: T | undefined,
  after: T,
  fields: readonly (keyof T & string)[],
  where: Pick<RecordChange, 'entity' | 'key' | 'kpiCode'>,
  title: (record: T) => string,
): RecordChange[] {
  if (before === undefined) {
    return [{ ...where, field: 'added', before: null, after: title(after) }];
  }
  return fields.flatMap((field) => {
    const old = valueText(before[field]);
    const next = valueText(after[field]);
    return old === next ? [] : [{ ...where, field, before: old, after: next }];
  });
}

const themesOf = (policy: BasicPolicy | undefined): Map<string, ThemeProgram> =>
  new Map((policy?.themes ?? []).map((t) => [t.number, t]));

/**
 * Every field an edit changed, record by record, in tree order; a record new in `after` is one
 * "added" change. Records only in `before` are not listed: a save merges, it does not remove.
 * @example recordChanges(plan, renamed)[0] // { entity: 'kpi', kpiCode: '⑧', field: 'title', … }
 */
export function recordChanges(before: Plan, after: Plan): RecordChange[] {
  const changes = compare(
    before,
    after,
    PLAN_FIELDS,
    { entity: 'plan', key: null, kpiCode: null },
    (p) => p.name,
  );
  const kpis = new Map(planKpis(before).map((k) => [k.code, k]));
  for (const policy of after.policies) {
    const oldPolicy = before.policies.find((p) => p.number === policy.number);
    changes.push(
      ...compare(
        oldPolicy,
        policy,
        POLICY_FIELDS,
        { entity: 'policy', key: policy.number, kpiCode: null },
        (p) => p.name,
      ),
    );
    const oldThemes = themesOf(oldPolicy);
    for (const theme of policy.themes) {
      changes.push(
        ...compare(
          oldThemes.get(theme.number),
          theme,
          THEME_FIELDS,
          { entity: 'theme', key: `${policy.number}/${theme.number}`, kpiCode: null },
          (t) => t.name,
        ),
      );
      for (const kpi of theme.kpis) {
        changes.push(
          ...compare(
            kpis.get(kpi.code),
            kpi,
            KPI_FIELDS,
            { entity: 'kpi', key: kpi.code, kpiCode: kpi.code },
            (k) => k.title,
          ),
        );
      }
    }
  }
  return changes;
}
