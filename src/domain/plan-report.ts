import { cutPercents } from './grade-scale.ts';
import type { Achievement, NoRateReason } from './achievement.ts';
import { achievement } from './achievement.ts';
import type { Decimal } from './decimal.ts';
import type { RateExplanation } from './explanation.ts';
import { explainRate } from './explanation.ts';
import type { Figure } from './figure.ts';
import { formatFigureText } from './figure.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { gradeFor } from './grade-scale.ts';
import type {
  Baseline,
  Basis,
  Counting,
  CumulativeLabel,
  Direction,
  ExtraField,
  Formula,
  Kpi,
  Plan,
  Target,
  YearFigure,
} from './model.ts';
import type { Projection } from './projection.ts';
import { projectKpi } from './projection.ts';
import { formatRate, type RatePrecision } from './rate-format.ts';
import { ratioToNumber } from './ratio.ts';
import { reportedIn } from './measured-value.ts';

/** One printed figure of a row, as text ("2(1)", "8.39", "-") and as its parts. */
export interface ReportFigure {
  readonly fiscalYear: FiscalYear;
  readonly text: string;
  readonly value: Decimal | null;
  readonly secondary: Decimal | null;
  readonly estimate: boolean;
}

export interface ReportRow {
  readonly code: string;
  readonly title: string;
  readonly note: string | null;
  readonly tags: readonly string[];
  readonly policy: { readonly number: string; readonly name: string };
  readonly theme: {
    readonly number: string;
    readonly name: string;
    readonly actionItems: readonly string[];
  };
  readonly departments: readonly string[];
  readonly unit: string;
  readonly counting: Counting;
  readonly direction: Direction;
  readonly basis: Basis;
  readonly formula: Formula;
  readonly baseline: Baseline | null;
  readonly target: Target | null;
  /** The KPI's own figures, one per report year column (null where the year has none). */
  readonly actuals: readonly (ReportFigure | null)[];
  /**
   * The KPI's yearly plans (milestones, 年度目標), one per report year column; null when it has
   * none. A rate on the yearly plans is reckoned against them, so the printed table shows them.
   */
  readonly plans: readonly (ReportFigure | null)[] | null;
  readonly departmentRows: readonly {
    readonly department: string;
    readonly actuals: readonly (ReportFigure | null)[];
  }[];
  readonly cumulativeRow: readonly (ReportFigure | null)[] | null;
  /** The label the cumulative row is printed under: 累計, or 合計 (⑱). */
  readonly cumulativeLabel: CumulativeLabel;
  readonly rate: string | null;
  /** The unrounded ratio as a float, for sorting and charts only. */
  readonly ratio: number | null;
  readonly grade: string | null;
  readonly noRateReason: NoRateReason | null;
  readonly explanation: RateExplanation | null;
  readonly projection: Projection | null;
  /** On course to miss its target by the target year. */
  readonly atRisk: boolean;
  /** The rate and grade in the previous report year, for the year's changes. */
  readonly previous: {
    readonly fiscalYear: FiscalYear;
    readonly rate: string | null;
    readonly grade: string | null;
  } | null;
  readonly narratives: readonly { readonly department: string | null; readonly text: string }[];
  /** Printed cells of columns the model has no field for (効果額, 差), as printed. */
  readonly extras: readonly ExtraField[];
}

export interface PlanReport {
  readonly planName: string;
  readonly fiscalYear: FiscalYear;
  /** The fiscal years shown as actual columns, oldest first. */
  readonly years: readonly FiscalYear[];
  readonly ratePrecision: RatePrecision;
  readonly gradeLabels: readonly string[];
  /**
   * The lowest rate in percent each grade but the last takes (A ≥ 100, B ≥ 80, C ≥ 60; D below),
   * for the legend that defines the grades.
   */
  readonly gradeCuts: readonly number[];
  readonly rows: readonly ReportRow[];
  readonly summary: ReportSummary;
}

export interface ReportSummary {
  readonly kpis: number;
  readonly withRate: number;
  /** How many KPIs have each grade, in the scale's order. */
  readonly byGrade: readonly { readonly grade: string; readonly count: number }[];
  readonly byPolicy: readonly {
    readonly number: string;
    readonly name: string;
    readonly kpis: number;
    readonly byGrade: readonly { readonly grade: string; readonly count: number }[];
  }[];
  readonly atRisk: number;
  /** KPIs whose grade changed since the previous report year, best improvements first. */
  readonly changes: readonly GradeChange[];
  /** Share of rated KPIs at 100% or more, and the mean of rates, as headlines often print. */
  readonly achievedShare: string | null;
  /** How many rated KPIs are at 100% or more: the count behind achievedShare. */
  readonly achieved: number;
  readonly averageRate: string | null;
  /**
   * The mean with each rate capped at 100%, so one KPI at 220% cannot hide another's miss: the
   * honest companion of averageRate.
   */
  readonly cappedAverageRate: string | null;
}

export interface GradeChange {
  readonly code: string;
  readonly title: string;
  readonly fromYear: FiscalYear;
  readonly fromRate: string | null;
  readonly fromGrade: string | null;
  readonly toRate: string | null;
  readonly toGrade: string | null;
  /** up: a better grade; down: a worse one; new: a first rate; lost: no rate any more. */
  readonly trend: 'up' | 'down' | 'new' | 'lost';
}

function reportFigure(fiscalYear: FiscalYear, figure: Figure): ReportFigure {
  return {
    fiscalYear,
    text: formatFigureText(figure),
    value: figure.value,
    secondary: figure.secondary,
    estimate: figure.estimate,
  };
}

function byYear(
  figures: readonly YearFigure[],
  years: readonly FiscalYear[],
): (ReportFigure | null)[] {
  return years.map((year) => {
    const found = figures.find((f) => f.fiscalYear === year);
    return found ? reportFigure(year, found.figure) : null;
  });
}

/** The actual columns of a report: every year with a figure, up to the report year. */
export function reportYears(plan: Plan, year: FiscalYear): FiscalYear[] {
  const years = new Set<FiscalYear>();
  for (const policy of plan.policies) {
    for (const theme of policy.themes) {
      for (const kpi of theme.kpis) {
        const all = [
          ...kpi.actuals,
          ...kpi.cumulativeActuals,
          ...kpi.departmentActuals.flatMap((d) => d.actuals),
        ];
        for (const figure of all) if (figure.fiscalYear <= year) years.add(figure.fiscalYear);
      }
    }
  }
  years.add(year);
  return [...years].sort((a, b) => a - b);
}

/**
 * A KPI's achievement as a year's report prints it: none where the year has no figure of its
 * own (① in R6 before R6 is entered: not R5's 50% D again).
 */
function yearAchievement(kpi: Kpi, year: FiscalYear): Achievement {
  return reportedIn(kpi, year) ? achievement(kpi, year) : { kind: 'none', reason: 'not-reported' };
}

function row(
  plan: Plan,
  kpi: Kpi,
  context: { policy: ReportRow['policy']; theme: ReportRow['theme'] },
  year: FiscalYear,
  years: readonly FiscalYear[],
): ReportRow {
  const result = yearAchievement(kpi, year);
  // A year without its own figure projects nothing either: its line is last year's.
  const projection = reportedIn(kpi, year) ? (projectKpi(kpi, year, plan.endYear) ?? null) : null;
  const previousYear = years.filter((y) => y < year).at(-1);
  const before = previousYear === undefined ? null : yearAchievement(kpi, previousYear);
  return {
    code: kpi.code,
    title: kpi.title,
    note: kpi.note,
    tags: kpi.tags,
    ...context,
    departments: kpi.departments,
    unit: kpi.unit,
    counting: kpi.counting,
    direction: kpi.direction,
    basis: kpi.basis,
    formula: kpi.formula,
    baseline: kpi.baseline,
    target: kpi.target,
    actuals: byYear(kpi.actuals, years),
    plans: kpi.milestones.length > 0 ? byYear(kpi.milestones, years) : null,
    departmentRows: kpi.departmentActuals.map((d) => ({
      department: d.department,
      actuals: byYear(d.actuals, years),
    })),
    cumulativeRow: kpi.cumulativeActuals.length > 0 ? byYear(kpi.cumulativeActuals, years) : null,
    cumulativeLabel: kpi.cumulativeLabel,
    rate: result.kind === 'rate' ? formatRate(result.ratio, plan.ratePrecision) : null,
    ratio: result.kind === 'rate' ? ratioToNumber(result.ratio) : null,
    grade: result.kind === 'rate' ? gradeFor(result.ratio, plan.gradeScale) : null,
    noRateReason: result.kind === 'none' ? result.reason : null,
    explanation: explainRate(result, plan.ratePrecision),
    projection,
    atRisk: projection !== null && !projection.onCourse,
    previous:
      previousYear === undefined || before === null
        ? null
        : {
            fiscalYear: previousYear,
            rate: before.kind === 'rate' ? formatRate(before.ratio, plan.ratePrecision) : null,
            grade: before.kind === 'rate' ? gradeFor(before.ratio, plan.gradeScale) : null,
          },
    narratives: kpi.narratives
      .filter((n) => n.fiscalYear === year)
      .map((n) => ({ department: n.department, text: n.text })),
    extras: kpi.extras,
  };
}

function gradeCounts(rows: readonly ReportRow[], labels: readonly string[]) {
  return labels.map((grade) => ({ grade, count: rows.filter((r) => r.grade === grade).length }));
}

/** KPIs whose grade moved since the previous year; the scale's order says which way is better. */
function gradeChanges(rows: readonly ReportRow[], labels: readonly string[]): GradeChange[] {
  const rank = (grade: string | null) => (grade === null ? -1 : labels.indexOf(grade));
  const changes = rows.flatMap((r): GradeChange[] => {
    const previous = r.previous;
    if (previous === null || previous.grade === r.grade) return [];
    const trend: GradeChange['trend'] =
      previous.grade === null
        ? 'new'
        : r.grade === null
          ? 'lost'
          : rank(r.grade) < rank(previous.grade)
            ? 'up'
            : 'down';
    return [
      {
        code: r.code,
        title: r.title,
        fromYear: previous.fiscalYear,
        fromRate: previous.rate,
        fromGrade: previous.grade,
        toRate: r.rate,
        toGrade: r.grade,
        trend,
      },
    ];
  });
  const order: Record<GradeChange['trend'], number> = { up: 0, new: 1, down: 2, lost: 3 };
  return changes.sort((a, b) => order[a.trend] - order[b.trend]);
}

function summarize(plan: Plan, rows: readonly ReportRow[]): ReportSummary {
  const labels = plan.gradeScale.grades.map((g) => g.label);
  const rated = rows.filter((r) => r.ratio !== null);
  const percent = (n: number) => `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
  return {
    kpis: rows.length,
    withRate: rated.length,
    byGrade: gradeCounts(rows, labels),
    byPolicy: plan.policies.map((policy) => {
      const mine = rows.filter(
        (r) => r.policy.number === policy.number && r.policy.name === policy.name,
      );
      return {
        number: policy.number,
        name: policy.name,
        kpis: mine.length,
        byGrade: gradeCounts(mine, labels),
      };
    }),
    atRisk: rows.filter((r) => r.atRisk).length,
    changes: gradeChanges(rows, labels),
    achievedShare:
      rated.length === 0
        ? null
        : percent(rated.filter((r) => (r.ratio ?? 0) >= 1).length / rated.length),
    achieved: rated.filter((r) => (r.ratio ?? 0) >= 1).length,
    averageRate:
      rated.length === 0
        ? null
        : percent(rated.reduce((s, r) => s + (r.ratio ?? 0), 0) / rated.length),
    cappedAverageRate:
      rated.length === 0
        ? null
        : percent(rated.reduce((s, r) => s + Math.min(r.ratio ?? 0, 1), 0) / rated.length),
  };
}

/**
 * A plan's progress report for one fiscal year: every KPI with its figures by year, the rate,
 * grade and projection the engine computes (the same numbers `mieruka check` gives), and the
 * counts a dashboard shows. The one place rates are computed for display.
 */
export function buildPlanReport(plan: Plan, year: FiscalYear): PlanReport {
  const years = reportYears(plan, year);
  const rows = plan.policies.flatMap((policy) =>
    policy.themes.flatMap((theme) =>
      theme.kpis.map((kpi) =>
        row(
          plan,
          kpi,
          {
            policy: { number: policy.number, name: policy.name },
            theme: { number: theme.number, name: theme.name, actionItems: theme.actionItems },
          },
          year,
          years,
        ),
      ),
    ),
  );
  return {
    planName: plan.name,
    fiscalYear: year,
    years,
    ratePrecision: plan.ratePrecision,
    gradeLabels: plan.gradeScale.grades.map((g) => g.label),
    gradeCuts: cutPercents(plan.gradeScale),
    rows,
    summary: summarize(plan, rows),
  };
}
