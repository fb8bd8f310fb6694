import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { DefinitionField, KpiChange, KpiDefinition } from './kpi-life.ts';
import {
  changedDefinitionFields,
  definitionFieldText,
  definitionOf,
  kpiInYear,
  yearsPublishedWith,
} from './kpi-life.ts';
import type { KpiThemeMove } from './kpi-theme-moves.ts';
import { placeOf } from './kpi-theme-moves.ts';
import type { Kpi, Plan } from './model.ts';
import { moveKpi } from './plan-edits.ts';
import { mapPlanKpis, planKpis } from './model.ts';

/*
 * An import into a plan with published years (issue 20): a table of a later year that prints a
 * KPI's definition differently (⑦'s target revised in the R7 table) or a KPI the plan did not
 * have is a change from that year — the published years keep what they printed. A table of a
 * published year that prints a definition differently would rewrite it: that is a correction,
 * refused here with what to do instead.
 */

/** What an import writes besides its figures: the plan to save and the changes dated by year. */
export interface DatedImport {
  /** The table's plan, each known KPI keeping its stored first definition. */
  readonly plan: Plan;
  /** KPIs whose definition the table prints differently: revised from the table's year. */
  readonly revisions: readonly { readonly code: string; readonly definition: KpiDefinition }[];
  /** KPIs the plan did not have: added from the table's year. */
  readonly additions: readonly string[];
  /** KPIs the table names other departments for: handed to them from the table's year. */
  readonly departmentChanges: readonly {
    readonly code: string;
    readonly departmentsBefore: readonly string[];
    readonly departments: readonly string[];
  }[];
  /** KPIs the table prints under another theme program: moved from the table's year. */
  readonly themeMoves: readonly Omit<KpiThemeMove, 'fromYear' | 'reason'>[];
  /** The revisions as the import's list of changes words them: "KPI ⑦ target 264000 (R8) → 270000 (R8) from R7". */
  readonly lines: readonly string[];
}

/** Why the import would rewrite a published year, naming the KPI and the field. */
export interface ImportLifeRefusal {
  readonly code: string;
  readonly field: DefinitionField | 'code' | 'departments' | 'theme';
  readonly years: readonly FiscalYear[];
  readonly message: string;
}

const list = (years: readonly FiscalYear[]) => years.map((y) => formatFiscalYear(y)).join(', ');
const names = (departments: readonly string[]) => departments.join('、');

/**
 * Splits an import into what it may write and what it dates: with no published year the table
 * is the plan as before; with some, each known KPI keeps its first definition and its
 * departments, a definition printed differently is a revision from `year` (refused when `year`
 * is published with the KPI), departments printed differently a hand-over from `year` (the
 * same), and a new KPI is added from `year` (refused when `year` is published). `printed` is
 * the stored plan as the table's year printed it (departments then, under their names then),
 * so an old table naming a department renamed or merged since changes nothing.
 * @example datedImport(stored, changes, table, 2025, [2023]) // ⑦'s new target: revised from R7
 */
export function datedImport(
  stored: Plan,
  changes: readonly KpiChange[],
  imported: Plan,
  year: FiscalYear,
  published: readonly FiscalYear[],
  printed: Plan = stored,
):
  | { readonly kind: 'dated'; readonly dated: DatedImport }
  | { readonly kind: 'refused'; readonly refusal: ImportLifeRefusal } {
  if (published.length === 0) {
    return {
      kind: 'dated',
      dated: {
        plan: imported,
        revisions: [],
        additions: [],
        departmentChanges: [],
        themeMoves: [],
        lines: [],
      },
    };
  }
  const known = new Map(planKpis(stored).map((k) => [k.code, k]));
  const printedThen = new Map(planKpis(printed).map((k) => [k.code, k.departments]));
  const revisions: { code: string; definition: KpiDefinition }[] = [];
  const additions: string[] = [];
  const departmentChanges: DatedImport['departmentChanges'][number][] = [];
  const themeMoves: DatedImport['themeMoves'][number][] = [];
  /** KPIs the table prints where their year had them, moved since: saved where they are now. */
  const keptInPlace: string[] = [];
  const lines: string[] = [];
  for (const kpi of planKpis(imported)) {
    const before = known.get(kpi.code);
    if (before === undefined) {
      const reached = published.filter((y) => y >= year);
      if (reached.length > 0) {
        return refuse(
          kpi.code,
          'code',
          reached,
          `KPI ${kpi.code} is not in the published ${list(reached)}: add it from a later year (kpi add --from) rather than through the table of a published year`,
        );
      }
      additions.push(kpi.code);
      continue;
    }
    const own = changes.filter((c) => c.code === kpi.code);
    // The published years of this KPI the table's year reaches: what it may not rewrite.
    const reached = yearsPublishedWith(own, published).filter((y) => y >= year);
    const then = printedThen.get(kpi.code) ?? before.departments;
    // A table without a department column names none: the KPI keeps its own.
    const printsOthers = kpi.departments.length > 0 && names(then) !== names(kpi.departments);
    if (printsOthers) {
      if (reached.length > 0) {
        return refuse(
          kpi.code,
          'departments',
          reached,
          `the table names ${names(kpi.departments)} for KPI ${kpi.code}, not ${names(then)} as ${list(reached)} published it: hand it to other departments from a later year (kpi departments --from)`,
        );
      }
      departmentChanges.push({
        code: kpi.code,
        departmentsBefore: before.departments,
        departments: kpi.departments,
      });
      lines.push(
        `KPI ${kpi.code} departments ${names(before.departments)} → ${names(kpi.departments)} from ${formatFiscalYear(year)}`,
      );
    }
    const place = themePlace(imported, kpi.code);
    const placeThen = themePlace(printed, kpi.code) ?? themePlace(stored, kpi.code);
    const placeNow = placeOf(stored, kpi.code);
    if (place !== placeThen) {
      if (reached.length > 0) {
        return refuse(
          kpi.code,
          'theme',
          reached,
          `the table prints KPI ${kpi.code} under ${place}, not ${placeThen} as ${list(reached)} published it: move it from a later year (kpi move --from)`,
        );
      }
      if (placeNow !== undefined) themeMoves.push({ code: kpi.code, ...placeNow });
      lines.push(`KPI ${kpi.code} theme ${placeThen} → ${place} from ${formatFiscalYear(year)}`);
    } else if (placeNow !== undefined && place !== themePlace(stored, kpi.code)) {
      keptInPlace.push(kpi.code);
    }
    const was = definitionOf(kpiInYear(before, own, year));
    const will = definitionOf(kpi);
    const fields = changedDefinitionFields(was, will);
    if (fields.length === 0) continue;
    if (reached.length > 0) {
      const field = fields[0]!;
      return refuse(
        kpi.code,
        field,
        reached,
        `the table prints KPI ${kpi.code}'s ${field} as ${definitionFieldText(will, field)}, not ${definitionFieldText(was, field)} as ${list(reached)} published it: correct it with a reason (PATCH …/kpis/${kpi.code}) or revise it from a later year`,
      );
    }
    revisions.push({ code: kpi.code, definition: will });
    lines.push(
      ...fields.map(
        (f) =>
          `KPI ${kpi.code} ${f} ${definitionFieldText(was, f)} → ${definitionFieldText(will, f)} from ${formatFiscalYear(year)}`,
      ),
    );
  }
  const handedOver = new Set(departmentChanges.map((c) => c.code));
  const firstDefinition = (kpi: Kpi): Kpi => {
    const before = known.get(kpi.code);
    if (before === undefined) return kpi;
    const departments = handedOver.has(kpi.code) ? kpi.departments : before.departments;
    return { ...kpi, ...definitionOf(before), departments };
  };
  const plan = keptInPlace.reduce<Plan>(
    (tree, code) => inStoredPlace(tree, stored, code),
    mapPlanKpis(imported, firstDefinition),
  );
  return {
    kind: 'dated',
    dated: { plan, revisions, additions, departmentChanges, themeMoves, lines },
  };
}

/** A KPI's basic policy and theme program as printed: 「3-8」; undefined when not there. */
function themePlace(plan: Plan, code: string): string | undefined {
  const place = placeOf(plan, code);
  return place && `${place.policyBefore}-${place.themeBefore}`;
}

/**
 * The tree with `code` moved to where the stored tree has it now (after the KPI it follows
 * there, else first), when that theme program is in the tree; else the tree as it is.
 */
function inStoredPlace(tree: Plan, stored: Plan, code: string): Plan {
  const now = placeOf(stored, code)!;
  const theme = stored.policies
    .find((p) => p.number === now.policyBefore)
    ?.themes.find((t) => t.number === now.themeBefore);
  const index = theme?.kpis.findIndex((k) => k.code === code) ?? -1;
  const following = theme?.kpis.slice(index + 1).map((k) => k.code) ?? [];
  const target = (before: string | null) => ({
    policyNumber: now.policyBefore,
    themeNumber: now.themeBefore,
    before,
  });
  for (const before of [...following, null]) {
    const moved = moveKpi(tree, code, target(before));
    if (moved.kind === 'edited') return moved.plan;
  }
  return tree;
}

function refuse(
  code: string,
  field: ImportLifeRefusal['field'],
  years: readonly FiscalYear[],
  message: string,
): { readonly kind: 'refused'; readonly refusal: ImportLifeRefusal } {
  return { kind: 'refused', refusal: { code, field, years, message } };
}
