import type { KpiDefinitionView, KpiLifeView } from './api-contract.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYear, formatFiscalYear } from './fiscal-year.ts';
import { inferDirection } from './inference.ts';
import type { Kpi, Plan } from './model.ts';

/*
 * A plan lives five to ten years: the planning division revises targets at the mid-term review
 * (中間見直し), retires KPIs and adds others. Each change takes effect from a fiscal year and
 * leaves the years before it as they were, so a report of R5 read after a revision from R7
 * still prints what was published for R5 (⑦ 264,000/283,179 = 93%), while R7's uses the new
 * target. The stored KPI is its first definition; its changes are kept apart, dated, and the
 * plan of a year is read off both here.
 */

/** The ways a KPI's life changes from a year: it starts, its definition changes, it ends. */
export const KPI_CHANGE_KINDS = ['add', 'revise', 'retire'] as const;
export type KpiChangeKind = (typeof KPI_CHANGE_KINDS)[number];

/**
 * The fields of a KPI that belong to the plan over time (its definition), as opposed to the
 * figures and narratives that belong to a year. Departments and the theme stay the KPI's own.
 */
export const DEFINITION_FIELDS = [
  'title',
  'note',
  'tags',
  'unit',
  'baseline',
  'counting',
  'direction',
  'basis',
  'formula',
  'target',
] as const;
export type DefinitionField = (typeof DEFINITION_FIELDS)[number];
export type KpiDefinition = Pick<Kpi, DefinitionField>;

/** A dated change of one KPI, with who made it, when and why. */
export interface KpiChange {
  readonly code: string;
  readonly kind: KpiChangeKind;
  /** The first fiscal year the change holds for. */
  readonly fromYear: FiscalYear;
  /** A revision's whole definition from `fromYear` on; null for add and retire. */
  readonly definition: KpiDefinition | null;
  /** For a retirement: the KPI that carries the series on (継続 / 統合 / 分割), if any. */
  readonly replacedBy: string | null;
  readonly reason: string;
  /** Who made it, as the audit log names the actor. */
  readonly by: string;
  /** ISO time it was made. */
  readonly at: string;
}

/** The definition fields of a KPI as they stand. */
export function definitionOf(kpi: Kpi): KpiDefinition {
  return {
    title: kpi.title,
    note: kpi.note,
    tags: kpi.tags,
    unit: kpi.unit,
    baseline: kpi.baseline,
    counting: kpi.counting,
    direction: kpi.direction,
    basis: kpi.basis,
    formula: kpi.formula,
    target: kpi.target,
  };
}

/**
 * A definition changed by a patch: a new baseline or target re-reads the direction unless one
 * is given (⑦ 299,963 → 270,000 stays a decrease).
 */
export function revisedDefinition(
  current: KpiDefinition,
  patch: Partial<KpiDefinition>,
): KpiDefinition {
  const next = { ...current, ...patch };
  const direction =
    patch.direction ??
    (patch.baseline !== undefined || patch.target !== undefined
      ? inferDirection(next.baseline, next.target)
      : current.direction);
  return { ...next, direction };
}

const inOrder = (changes: readonly KpiChange[]) =>
  [...changes].sort((a, b) => a.fromYear - b.fromYear || a.at.localeCompare(b.at));

/** The year a KPI starts (added from a year) and ends (retired from a year), where it does. */
export function kpiSpan(changes: readonly KpiChange[]): {
  from: FiscalYear | null;
  until: FiscalYear | null;
} {
  const added = changes.find((c) => c.kind === 'add');
  const retired = inOrder(changes)
    .filter((c) => c.kind === 'retire')
    .at(0);
  return { from: added?.fromYear ?? null, until: retired?.fromYear ?? null };
}

/** Whether a KPI is part of the plan in a year: added by then and not retired yet. */
export function inForce(changes: readonly KpiChange[], year: FiscalYear): boolean {
  const span = kpiSpan(changes);
  return (span.from === null || span.from <= year) && (span.until === null || year < span.until);
}

/** The codes of the KPIs not in the plan in a year (retired before it, added after it). */
export function outOfForce(changes: readonly KpiChange[], year: FiscalYear): string[] {
  return [...changesByCode(changes)].flatMap(([code, own]) => (inForce(own, year) ? [] : [code]));
}

function changesByCode(changes: readonly KpiChange[]): Map<string, KpiChange[]> {
  const byCode = new Map<string, KpiChange[]>();
  for (const change of changes)
    byCode.set(change.code, [...(byCode.get(change.code) ?? []), change]);
  return byCode;
}

/**
 * The KPI as it was defined in a year: its first definition with every revision from that
 * year or before applied, the latest last. Its figures are all kept: a report cuts them to
 * its years.
 */
export function kpiInYear(kpi: Kpi, changes: readonly KpiChange[], year: FiscalYear): Kpi {
  const revision = inOrder(changes)
    .filter((c) => c.kind === 'revise' && c.fromYear <= year && c.definition !== null)
    .at(-1);
  return revision?.definition ? { ...kpi, ...revision.definition } : kpi;
}

/**
 * The plan as it stood in a fiscal year: the KPIs in force then, each with the definition in
 * force then. A KPI retired from R7 is in every earlier year and gone from R7; one added from
 * R7 is absent before.
 * @example planInYear(plan, changes, 2023).policies // R5 as published, whatever came after
 */
export function planInYear(plan: Plan, changes: readonly KpiChange[], year: FiscalYear): Plan {
  if (changes.length === 0) return plan;
  const byCode = changesByCode(changes);
  const atYear = (kpi: Kpi): Kpi[] => {
    const own = byCode.get(kpi.code) ?? [];
    return inForce(own, year) ? [kpiInYear(kpi, own, year)] : [];
  };
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.flatMap(atYear) })),
    })),
  };
}

/** Why a dated change cannot be made; the field it concerns and a sentence. */
export interface LifeRefusal {
  readonly field: string;
  readonly message: string;
  /** A conflict with the plan's published record (409) rather than bad input (400). */
  readonly conflict: boolean;
}

/**
 * Checks a change's year against the plan's life: a published year is a public record and
 * no plan edit may change it (a correction goes through the correction path), a KPI cannot
 * change before it starts or after it ends, and not outside the plan's period.
 */
export function refuseChangeFrom(input: {
  readonly kind: KpiChangeKind;
  readonly fromYear: FiscalYear;
  readonly published: readonly FiscalYear[];
  readonly plan: Pick<Plan, 'startYear' | 'endYear'>;
  readonly changes: readonly KpiChange[];
}): LifeRefusal | null {
  const { fromYear, published, plan, changes } = input;
  const year = formatFiscalYear(fromYear);
  const hit = [...published].sort((a, b) => a - b).filter((y) => y >= fromYear);
  if (hit.length > 0) {
    const names = hit.map((y) => formatFiscalYear(y)).join(', ');
    return {
      field: 'from',
      conflict: true,
      message: `${names} ${hit.length > 1 ? 'are' : 'is'} published: a change from ${year} would rewrite a published year (correct it through a reopened entry, or take the change from the year after)`,
    };
  }
  if (plan.endYear !== null && fromYear > plan.endYear) {
    return {
      field: 'from',
      conflict: false,
      message: `the plan ends in ${formatFiscalYear(plan.endYear)}: ${year} is past its period`,
    };
  }
  if (input.kind === 'add') return null;
  const span = kpiSpan(changes);
  if (span.until !== null && fromYear >= span.until) {
    return {
      field: 'from',
      conflict: true,
      message: `the KPI is retired from ${formatFiscalYear(span.until)}`,
    };
  }
  if (span.from !== null && fromYear < span.from) {
    return {
      field: 'from',
      conflict: false,
      message: `the KPI starts in ${formatFiscalYear(span.from)}: it cannot change in ${year}`,
    };
  }
  return null;
}

function definitionView(definition: KpiDefinition, change: KpiChange | null): KpiDefinitionView {
  return {
    fromYear: change?.fromYear ?? null,
    title: definition.title,
    unit: definition.unit,
    direction: definition.direction,
    basis: definition.basis,
    formula: definition.formula,
    counting: definition.counting,
    baseline: definition.baseline,
    target: definition.target,
    reason: change?.reason ?? null,
    at: change?.at ?? null,
  };
}

/**
 * A KPI's life as its page shows it: its span, the KPIs it hands its series to or takes it
 * from (継続・統合・分割), and each definition from the year it took effect.
 * @example describeLife(kpi7, changes).definitions.map((d) => d.target?.value) // ['264000', '270000']
 */
export function describeLife(kpi: Kpi, changes: readonly KpiChange[]): Omit<KpiLifeView, 'places'> {
  const own = inOrder(changes.filter((c) => c.code === kpi.code));
  const span = kpiSpan(own);
  const retirement = own.find((c) => c.kind === 'retire');
  return {
    from: span.from,
    until: span.until,
    replacedBy: retirement?.replacedBy ?? null,
    replaces: changes
      .filter((c) => c.kind === 'retire' && c.replacedBy === kpi.code)
      .map((c) => c.code),
    definitions: [
      definitionView(definitionOf(kpi), null),
      ...own.flatMap((c) =>
        c.kind === 'revise' && c.definition !== null ? [definitionView(c.definition, c)] : [],
      ),
    ],
  };
}

/**
 * The year a KPI's page shows when asked for a year it is not in: the last year before its
 * retirement, or the year it starts.
 */
export function nearestYearInForce(changes: readonly KpiChange[], year: FiscalYear): FiscalYear {
  const span = kpiSpan(changes);
  if (span.until !== null && year >= span.until) return fiscalYear(span.until - 1);
  if (span.from !== null && year < span.from) return span.from;
  return year;
}

const DIRECTION_WORDS: Record<Kpi['direction'], string> = {
  increase: '増加',
  decrease: '減少',
  maintain: '維持',
};

/**
 * A definition field as a citizen reads it in the feed's 「訂正前 → 訂正後」: ⑦'s target as
 * 「264000（R8）」, a direction as 減少; null where the field is empty.
 */
export function definitionFieldText(
  definition: KpiDefinition,
  field: DefinitionField,
): string | null {
  const year = (y: FiscalYear | null) => (y === null ? '' : `（${formatFiscalYear(y)}）`);
  switch (field) {
    case 'target':
      return definition.target === null
        ? null
        : `${definition.target.value}${year(definition.target.fiscalYear)}`;
    case 'baseline':
      return definition.baseline === null
        ? null
        : `${definition.baseline.value}${year(definition.baseline.fiscalYear)}`;
    case 'direction':
      return DIRECTION_WORDS[definition.direction];
    case 'tags':
      return definition.tags.join(' ');
    case 'title':
    case 'note':
    case 'unit':
    case 'counting':
    case 'basis':
    case 'formula':
      return definition[field];
  }
}

/** The definition fields whose printed text differs between two definitions. */
export function changedDefinitionFields(
  before: KpiDefinition,
  after: KpiDefinition,
): DefinitionField[] {
  return DEFINITION_FIELDS.filter(
    (field) => definitionFieldText(before, field) !== definitionFieldText(after, field),
  );
}

/**
 * The published years a KPI was part of (in force then, whatever its figures): a KPI a
 * published report listed is a public record, and only one that never was may be deleted.
 * @example yearsPublishedWith(own, [2021, 2022, 2023]) // [] for a KPI added from R7
 */
export function yearsPublishedWith(
  own: readonly KpiChange[],
  published: readonly FiscalYear[],
): FiscalYear[] {
  return published.filter((year) => inForce(own, year));
}
