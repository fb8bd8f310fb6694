import type { ChangeGrading, GradeScaleSource } from './report-table/table-reading.ts';
import { changeClass, changeFigures } from '../domain/change-grade.ts';
import type { TableNote } from './report-table/table-reading.ts';
import { achievement } from '../domain/achievement.ts';
import { columnLetter } from '../domain/column-letter.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Basis, Direction, Formula, Kpi, Plan } from '../domain/model.ts';
import { formatRate, formatRateLike } from '../domain/rate-format.ts';
import { cutPercents, gradeFor } from '../domain/grade-scale.ts';
import { describeRule } from '../domain/inference.ts';
import type { ImportProblem, UnplacedCell } from './import-problem.ts';
import type { ImportedKpi, ImportedReport } from './imported-report.ts';
import type { FiscalYearSource } from './report-table/table-reading.ts';

/** One KPI's line in a check: what the table printed beside what the engine computes. */
export interface CheckedKpi {
  readonly code: string;
  readonly title: string;
  readonly printed: string | null;
  readonly computed: string | null;
  readonly match: boolean | null;
  readonly direction: Direction;
  readonly basis: Basis;
  readonly formula: Formula;
  readonly grade: string | null;
  readonly printedGrade: string | null;
  /** Why the printed rate could not be reproduced, when it could not. */
  readonly reason: string | null;
  /** Which formula and rounding reproduced the printed rate, when one did. */
  readonly rule: string | null;
  readonly row: number;
  /** The rates printed for single years (a 達成率 under each year), each beside its year's figures. */
  readonly yearRates: readonly CheckedYearRate[];
  /**
   * The changes against the year before its row prints (前年度比, 対前年度増減率), each beside
   * what its two figures give: never its rate. Absent where the row prints none.
   */
  readonly yearOnYear?: readonly CheckedYearOnYear[];
}

/** A change against the year before printed in a KPI's row, beside what its figures give. */
export interface CheckedYearOnYear {
  /** The column's letter and header (「J」, 「H27 対前年度 増減率」). */
  readonly column: string;
  readonly label: string;
  readonly printed: string;
  readonly computed: string | null;
  readonly match: boolean;
}

/** A rate printed for one year of a KPI, beside what that year's actual and plan give. */
export interface CheckedYearRate {
  /** The year, short (H29, R5). */
  readonly year: string;
  readonly printed: string;
  readonly computed: string | null;
  readonly match: boolean;
}

export interface CheckResult {
  readonly file: string;
  /** Null when no year is written anywhere and none was given. */
  readonly fiscalYear: FiscalYear | null;
  /** Where the report year came from: --fy, a header, a title line, or the year columns. */
  readonly fiscalYearSource: FiscalYearSource | null;
  readonly kpis: readonly CheckedKpi[];
  readonly unplaced: readonly UnplacedCell[];
  /** Notes printed on the table (※…), kept as printed: no KPI, no cell unplaced. */
  readonly notes: readonly TableNote[];
  readonly problems: readonly ImportProblem[];
  /** The plan's grading scale the computed grades come from: labels best first, cuts in percent. */
  readonly gradeScale: {
    readonly labels: readonly string[];
    readonly cuts: readonly number[];
    /** Where it was read: the table's legend, its printed grades, or the default A–D. */
    readonly source: GradeScaleSource;
    /** With a legend of change, the grades by how the figure moved, in place of the cuts. */
    readonly change?: ChangeGrading;
  };
  /** The KPIs' own printed rates, and those reproduced. */
  readonly summary: { readonly kpis: number; readonly printed: number; readonly matched: number };
  /** The rates printed for single years beside them (a 達成率 under each year), and those reproduced. */
  readonly yearRates: { readonly printed: number; readonly matched: number };
  /**
   * The changes against the year before printed beside the figures (前年度比, 増減率), and those
   * their figures reproduce: counted apart from the rates, never one of them.
   */
  readonly yearOnYear: { readonly printed: number; readonly matched: number };
}

function checkKpi(
  {
    kpi,
    printedRate,
    printedRateText,
    printedGrade,
    inference,
    row,
    yearRates,
    yearOnYear,
  }: ImportedKpi,
  year: FiscalYear,
  { ratePrecision, gradeScale }: Plan,
  change: ChangeGrading | undefined,
): CheckedKpi {
  const result = achievement(kpi, year);
  const ratio = result.kind === 'rate' ? result.ratio : null;
  const rounding = inference.kind === 'matched' ? inference.rounding : 'half-up';
  // At the printed rate's own precision: a 100.6% among whole percents is computed as 100.6%.
  const computed =
    ratio === null
      ? null
      : printedRate === null
        ? formatRate(ratio, ratePrecision)
        : formatRateLike(ratio, printedRate, rounding);
  const match = printedRate === null ? null : computed === printedRate.text;
  return {
    code: kpi.code,
    title: kpi.title,
    printed: printedRateText === null ? null : (printedRate?.text ?? printedRateText),
    computed,
    match,
    direction: kpi.direction,
    basis: kpi.basis,
    formula: kpi.formula,
    grade:
      change === undefined
        ? ratio === null
          ? null
          : gradeFor(ratio, gradeScale)
        : gradeByChange(kpi, year, change),
    printedGrade,
    reason: inference.kind === 'unmatched' ? inference.reason : null,
    rule: describeRule(inference, printedRate),
    row,
    yearRates: yearRates.map(({ fiscalYear, printed, computed, match }) => ({
      year: formatFiscalYear(fiscalYear),
      printed,
      computed,
      match,
    })),
    ...(yearOnYear === undefined
      ? {}
      : {
          yearOnYear: yearOnYear.map((y) => ({ ...y, column: columnLetter(y.column) })),
        }),
  };
}

/** A KPI's grade by a legend of change: its class's label, null where the figures tell none. */
function gradeByChange(kpi: Kpi, year: FiscalYear, change: ChangeGrading): string | null {
  const figures = changeFigures(kpi, year);
  const kind = figures === null ? null : changeClass(figures, change.unchangedWithin);
  return change.grades.find((g) => g.change === kind)?.label ?? null;
}

/**
 * Recomputes every rate of an imported table and compares it with the printed one, at the
 * printed precision ("100.2%" is compared to one decimal, "50%" to a whole percent) and with
 * the rounding that reproduced it (half up, or cut off).
 */
export function checkReport(report: ImportedReport): CheckResult {
  // No year known (a 'role' problem says so): the rows as read as of a year of their own, if any.
  const year = report.fiscalYear ?? report.reading.readAs ?? null;
  const kpis =
    year === null
      ? []
      : report.kpis.map((k) => checkKpi(k, year, report.plan, report.reading.changeGrades));
  const printed = kpis.filter((k) => k.printed !== null).length;
  const yearRates = kpis.flatMap((k) => k.yearRates);
  const yearOnYear = kpis.flatMap((k) => k.yearOnYear ?? []);
  return {
    file: report.file,
    fiscalYear: report.fiscalYear,
    fiscalYearSource: report.reading.fiscalYear?.source ?? null,
    kpis,
    unplaced: report.unplaced,
    notes: report.reading.notes,
    problems: report.problems,
    gradeScale: {
      labels: report.plan.gradeScale.grades.map((g) => g.label),
      cuts: cutPercents(report.plan.gradeScale),
      source: report.reading.gradeScale ?? 'default',
      ...(report.reading.changeGrades ? { change: report.reading.changeGrades } : {}),
    },
    summary: { kpis: kpis.length, printed, matched: kpis.filter((k) => k.match === true).length },
    yearRates: { printed: yearRates.length, matched: yearRates.filter((r) => r.match).length },
    yearOnYear: {
      printed: yearOnYear.length,
      matched: yearOnYear.filter((r) => r.match).length,
    },
  };
}
