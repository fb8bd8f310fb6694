import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { RuleInference } from '../domain/inference.ts';
import type { Kpi, Plan } from '../domain/model.ts';
import type { PrintedRate } from '../domain/rate-format.ts';
import type { Grid } from './grid.ts';
import type { ImportProblem, UnplacedCell } from './import-problem.ts';
import type { FiscalYearReading, TableReading } from './report-table/table-reading.ts';
import type { YearRateCheck } from './report-table/year-rate-check.ts';
import type { YearOnYearCheck } from './report-table/year-on-year.ts';

/** A KPI as read from a table, with what the table printed for it. */
export interface ImportedKpi {
  readonly kpi: Kpi;
  /** The file row the KPI starts on. */
  readonly row: number;
  readonly printedRate: PrintedRate | null;
  /** The rate cell exactly as printed. */
  readonly printedRateText: string | null;
  readonly printedGrade: string | null;
  /** How the direction, basis and formula were settled, or why nothing reproduced the print. */
  readonly inference: RuleInference;
  /**
   * The rates printed for single years (a 達成率 under each year), each checked against that
   * year's actual and plan: not the KPI's own rate, but rates the table prints all the same.
   */
  readonly yearRates: readonly YearRateCheck[];
  /**
   * The rate printed as the KPI's was the report year's against that year's plan, and is among
   * `yearRates`: the role search still counts it as the KPI's, unexplained, so that a reading
   * explaining it as the KPI's own is preferred.
   */
  readonly ownRateAsYearRate?: true;
  /**
   * The changes against the year before its row prints (前年度比, 対前年度増減率), each beside
   * what its two figures give: never the KPI's rate, checked on their own. Absent where it prints none.
   */
  readonly yearOnYear?: readonly YearOnYearCheck[];
}

/**
 * What an importer returns: the plan, the report year, every cell it could not place, every
 * problem it worked around, and how it read the table.
 */
export interface ImportedReport {
  readonly file: string;
  /** Null when no year is written anywhere and none was given: a 'role' problem says so. */
  readonly fiscalYear: FiscalYear | null;
  readonly plan: Plan;
  readonly kpis: readonly ImportedKpi[];
  readonly unplaced: readonly UnplacedCell[];
  readonly problems: readonly ImportProblem[];
  readonly reading: TableReading;
  /** Of a workbook: the worksheet read, and the others with content (Grid.sheets). */
  readonly sheets?: Grid['sheets'];
}

/** A report read in full: its year known and no role lacking (see requireComplete). */
export interface CompleteReport extends ImportedReport {
  readonly fiscalYear: FiscalYear;
  readonly reading: TableReading & { readonly fiscalYear: FiscalYearReading };
}
