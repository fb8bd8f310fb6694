import type { Decimal } from '../../domain/decimal.ts';
import type { Figure } from '../../domain/figure.ts';
import type { FigureAside } from '../../domain/figure-text.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type {
  Baseline,
  Counting,
  ExtraField,
  Formula,
  Narrative,
  Target,
  YearFigure,
} from '../../domain/model.ts';
import type { PrintedRate } from '../../domain/rate-format.ts';
import type { DifferenceOrder } from './column-role.ts';

/** A KPI while its rows are being read: mutable, finished into a domain Kpi at the end. */
export interface KpiDraft {
  code: string;
  title: string;
  note: string | null;
  tags: string[];
  departments: string[];
  unit: string;
  /**
   * Whether `unit` is the one a title states for the whole table (「(2)資本的収支/単位:千円」), not
   * the KPI's own: figures printing a unit of their own (「47,305人」) are in theirs.
   */
  unitOfTable: boolean;
  /** The file column of the KPI's unit cell, where it has one. */
  unitColumn: number | null;
  baseline: Baseline | null;
  /** The file row the baseline was read on: a second baseline column there is kept as an extra. */
  baselineRow: number | null;
  counting: Counting;
  /** The target as the row prints it, settled against the baseline when the KPI is finished. */
  target: PrintedTarget | null;
  /** A formula the target itself asks for ("15人削減" is measured as progress). */
  formula: Formula | null;
  /** The actuals are printed as amounts reduced too (福知山市 "4人削減", "31人削減"). */
  actualsAreReductions: boolean;
  /** The years whose actual was printed as a rise from the baseline (「+3 ポイント」). */
  risenActuals: FiscalYear[];
  /** Value cells printed with words around the figure, as printed under their header. */
  cellNotes: string[];
  actuals: YearFigure[];
  milestones: YearFigure[];
  /** A department's own line (⑰ 情報政策課): its figures, and its text where it has one (the workbook). */
  departmentRows: {
    department: string;
    actuals: YearFigure[];
    narrative: { fiscalYear: FiscalYear; text: string } | null;
  }[];
  cumulativeActuals: YearFigure[];
  totalRows: YearFigure[][];
  narrative: { fiscalYear: FiscalYear; text: string } | null;
  narratives: Narrative[];
  printedRate: PrintedRate | null;
  printedRateText: string | null;
  /** The header of the printed rate's column (達成率, 増減率, 乖離率): the formulas it allows. */
  printedRateLabel: string | null;
  /** The file column the KPI's own rate was printed in (0 where a cell's aside printed it). */
  printedRateColumn: number;
  /** The KPI's own rate was moved among its year rates, the report year's against its plan. */
  ownRateAsYearRate: boolean;
  /** The first year of the span its group's rate names (軽米町 (H11-H16): H11), the base of a change over it. */
  spanFrom: FiscalYear | null;
  /** Rates printed for single years (いわき市 18年度 219.5%), checked against the year's milestone. */
  yearRates: { fiscalYear: FiscalYear; printed: PrintedRate; column: number; label: string }[];
  printedGrade: string | null;
  /** The row the KPI starts on, in the file. */
  row: number;
  /** The file column of the KPI's code and title, and of its target cell. */
  codeColumn: number;
  targetColumn: number | null;
  /** Whether the final target's column prints anything for the KPI, a figure or not. */
  finalTargetPrinted: boolean;
  /** Units written inside value cells ("300人"), with the file column of each. */
  valueUnits: { unit: string; row: number; column: number }[];
  extras: ExtraField[];
  /** A printed difference (差b-a), checked against the actual and the target when finished. */
  difference: PrintedDifference | null;
  /** Differences printed for single years (津野町 乖離値(C) H19–H22), each checked against its year's plan. */
  yearDifferences: (PrintedDifference & { readonly fiscalYear: FiscalYear })[];
  /** What actual cells said beside their figure (「5人減 145人」), read when finished. */
  asides: ActualAside[];
}

/**
 * A target as printed: a level (with its floor or ceiling: 「80%以上」), an amount to cut from
 * the baseline (「15人削減」: `target.value` is the 15) or to add to it, in percent of it where
 * `percent` (「10%増」, 「20%削減」), or keeping the current value (現状維持).
 */
export type PrintedTarget =
  | { readonly kind: 'level'; readonly target: Target }
  | { readonly kind: 'reduction'; readonly target: Target; readonly percent?: true }
  | { readonly kind: 'rise'; readonly target: Target; readonly percent?: true }
  /** A multiple of the baseline (「1.5倍」 beside 120億円: 180億円), or a level in 倍 (有効求人倍率). */
  | { readonly kind: 'multiple'; readonly target: Target }
  | { readonly kind: 'maintain' };

/** The figure a target cell printed (the amount of a reduction); none for 現状維持. */
export function printedTargetValue(target: PrintedTarget | null): Decimal | undefined {
  if (target === null) return undefined;
  switch (target.kind) {
    case 'level':
    case 'reduction':
    case 'rise':
    case 'multiple':
      return target.target.value;
    case 'maintain':
      return undefined;
  }
}

/** A second figure an actual cell printed beside its own (see FigureAside). */
export interface ActualAside {
  readonly fiscalYear: FiscalYear;
  /** The cell's place in the file. */
  readonly row: number;
  readonly column: number;
  /** The cell's figure: 145 of 「5人減 145人」. */
  readonly value: Decimal;
  readonly aside: FigureAside;
}

/** A 差 cell as read: its value, which way it subtracts, and where it is. */
export interface PrintedDifference {
  readonly value: Decimal;
  readonly order: DifferenceOrder;
  readonly column: number;
  /** Printed with % (厚沢部町 増減 「-6.2%」): beside a rate, its distance from 100%. */
  readonly inPercent?: boolean;
}

export function emptyDraft(code: string, row: number, codeColumn: number): KpiDraft {
  return {
    code,
    title: '',
    note: null,
    tags: [],
    departments: [],
    unit: '',
    unitOfTable: false,
    unitColumn: null,
    baseline: null,
    baselineRow: null,
    counting: 'single-year',
    target: null,
    formula: null,
    actualsAreReductions: false,
    risenActuals: [],
    cellNotes: [],
    actuals: [],
    milestones: [],
    departmentRows: [],
    cumulativeActuals: [],
    totalRows: [],
    narrative: null,
    narratives: [],
    printedRate: null,
    printedRateText: null,
    printedRateLabel: null,
    printedRateColumn: 0,
    ownRateAsYearRate: false,
    spanFrom: null,
    yearRates: [],
    printedGrade: null,
    row,
    codeColumn,
    targetColumn: null,
    finalTargetPrinted: false,
    valueUnits: [],
    extras: [],
    difference: null,
    yearDifferences: [],
    asides: [],
  };
}

export function yearFigure(fiscalYear: FiscalYear, figure: Figure): YearFigure {
  return { fiscalYear, figure };
}
