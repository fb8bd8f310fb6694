import type { ValidRange } from './valid-range.ts';
import type { Decimal } from './decimal.ts';
import type { Figure } from './figure.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import type { RatePrecision } from './rate-format.ts';

/** Whether a higher or a lower figure is better, or the figure is to be kept where it is. */
export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Which figures a rate is computed from: the latest year's actual, the cumulative total
 * (baseline included: ⑩ 3 of 7), or the sum of the period's yearly actuals (⑪ (3+8+4)/20), each
 * against the KPI's target; or against the yearly plans (milestones): the latest year's actual
 * against that year's plan (`milestone`: R5実績 ÷ R5目標), the period's actuals summed against
 * its plans summed (`milestone-sum`: 行政改革 効果額 Σ実績 ÷ Σ計画).
 */
export const BASES = ['latest', 'cumulative', 'period-sum', 'milestone', 'milestone-sum'] as const;
export type Basis = (typeof BASES)[number];

/** How a yearly figure counts, as printed in the 単年度/累計 column. */
export const COUNTINGS = ['single-year', 'cumulative'] as const;
export type Counting = (typeof COUNTINGS)[number];

/**
 * How the KPI's cumulative row is printed: 累計 (⑩ 累計 3 3 3, ⑰) or 合計 (⑱ 合計 2(1) 2(0) 2(0)).
 * The printed word, kept so that the web and every export label the row as the city did.
 */
export const CUMULATIVE_LABELS = ['累計', '合計'] as const;
export type CumulativeLabel = (typeof CUMULATIVE_LABELS)[number];

/**
 * The rate's formula. `ratio` is actual ÷ target for an increase, target ÷ actual for a
 * decrease; `progress` is (actual − baseline) ÷ (target − baseline), which is also the share of
 * a planned reduction achieved ("N m² 削減"). Two rates are changes against the base year, no
 * target in them: `change` is (actual − baseline) ÷ baseline, signed (増減率: 三重県 市
 * (16,101 − 16,363) ÷ 16,363 → ▲1.6%), `reduction` the cut as a share of the base,
 * (baseline − actual) ÷ baseline (純減率: 軽米町 (163 − 128) ÷ 163 → 21.5%). `gap` is the
 * shortfall against the target as a share of it, (target − actual) ÷ target (乖離率: 小坂町 職員数
 * H23 (63 − 66) ÷ 63 → −4.8%); `deviation` the same signed the other way, (actual − target) ÷
 * target (乖離率: 八街市 (決算 − 計画) ÷ 計画). `two-minus-ratio` is 2 − actual ÷ target, a figure
 * to bring down rated as far under its target as it is (長崎市: 0.24 against 0.30 → 120.0%).
 */
export const FORMULAS = [
  'ratio',
  'progress',
  'change',
  'reduction',
  'gap',
  'deviation',
  'two-minus-ratio',
] as const;
export type Formula = (typeof FORMULAS)[number];

/** A target: a value to reach, a floor (以上), a ceiling (以下), or the current value to keep. */
export const TARGET_KINDS = ['value', 'at-least', 'at-most', 'maintain'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Target {
  readonly kind: TargetKind;
  readonly value: Decimal;
  readonly fiscalYear: FiscalYear | null;
}

export interface Baseline {
  readonly value: Decimal;
  readonly fiscalYear: FiscalYear | null;
}

export interface YearFigure {
  readonly fiscalYear: FiscalYear;
  readonly figure: Figure;
}

export interface DepartmentFigures {
  readonly department: string;
  readonly actuals: readonly YearFigure[];
}

export interface Narrative {
  readonly fiscalYear: FiscalYear;
  /** The department that wrote it, where a table joins several departments' texts (⑰). */
  readonly department: string | null;
  readonly text: string;
}

/**
 * A printed cell that has no field of its own, kept as printed under its column's header:
 * 栗原市's 効果額 (千円) beside the achievement counts, a 差 column beside the rate.
 */
export interface ExtraField {
  readonly label: string;
  readonly text: string;
}

export interface Kpi {
  /** ① … ⑳, then 21 and beyond as printed. */
  readonly code: string;
  readonly title: string;
  /** A remark printed with the title ("※実績値（）内は策定済の計画を見直した件数"). */
  readonly note: string | null;
  /** ★: shared with the comprehensive plan's latter period, and other marks. */
  readonly tags: readonly string[];
  readonly departments: readonly string[];
  readonly unit: string;
  readonly baseline: Baseline | null;
  readonly counting: Counting;
  readonly direction: Direction;
  readonly basis: Basis;
  readonly formula: Formula;
  readonly target: Target | null;
  /** Optional yearly milestone targets. */
  readonly milestones: readonly YearFigure[];
  /** The KPI's own yearly actuals (the sum of the departments' where broken down). */
  readonly actuals: readonly YearFigure[];
  readonly departmentActuals: readonly DepartmentFigures[];
  /** A printed cumulative or total row (⑩ 累計 3 3 3, ⑰ 累計 12 12 13, ⑱ 合計 2(1) …). */
  readonly cumulativeActuals: readonly YearFigure[];
  /** The label the cumulative row is printed under. */
  readonly cumulativeLabel: CumulativeLabel;
  readonly narratives: readonly Narrative[];
  /** Printed cells of columns the model has no field for, so that nothing is dropped. */
  readonly extras: readonly ExtraField[];
  /**
   * The range the KPI declares for its figures (issue 23); absent: the range its unit gives
   * (`kpiRange`); null on an edit: the declared range removed.
   */
  readonly validRange?: ValidRange | null;
}

export interface ThemeProgram {
  readonly number: string;
  readonly name: string;
  /** The action items (取組事項No.) it covers: "(1.2.3)". */
  readonly actionItems: readonly string[];
  readonly kpis: readonly Kpi[];
}

export interface BasicPolicy {
  readonly number: string;
  readonly name: string;
  readonly themes: readonly ThemeProgram[];
}

export interface Plan {
  readonly name: string;
  /** The plan period, first and last fiscal year, where known. */
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
  readonly ratePrecision: RatePrecision;
  readonly gradeScale: GradeScale;
  readonly policies: readonly BasicPolicy[];
}

/** Every KPI of a plan in table order. */
export function planKpis(plan: Plan): Kpi[] {
  return plan.policies.flatMap((policy) => policy.themes.flatMap((theme) => theme.kpis));
}

/** The plan with each KPI replaced by what `change` makes of it, the tree kept as it is. */
export function mapPlanKpis(plan: Plan, change: (kpi: Kpi) => Kpi): Plan {
  return {
    ...plan,
    policies: plan.policies.map((policy) => ({
      ...policy,
      themes: policy.themes.map((theme) => ({ ...theme, kpis: theme.kpis.map(change) })),
    })),
  };
}

/** Every department a plan names: responsible for a KPI, with a row of its own, or writing. */
export function planDepartments(plan: Plan): string[] {
  return [
    ...new Set(
      planKpis(plan).flatMap((kpi) => [
        ...kpi.departments,
        ...kpi.departmentActuals.map((d) => d.department),
        ...kpi.narratives.flatMap((n) => (n.department === null ? [] : [n.department])),
      ]),
    ),
  ];
}

/**
 * The fiscal years a plan holds figures or narratives for, oldest first: the years a report
 * shows, and the years an imported (published) report publishes.
 */
export function planFiscalYears(plan: Plan): FiscalYear[] {
  const years = new Set<FiscalYear>();
  for (const kpi of planKpis(plan)) {
    for (const entry of [
      ...kpi.actuals,
      ...kpi.cumulativeActuals,
      ...kpi.departmentActuals.flatMap((d) => d.actuals),
      ...kpi.narratives,
    ]) {
      years.add(entry.fiscalYear);
    }
  }
  return [...years].sort((a, b) => a - b);
}
