import type { RatioLineReading } from './ratio-lines.ts';
import type { YearOnYearReading } from './year-on-year.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { FiscalYearSource, RowKindName } from '../../domain/row-kind-name.ts';
import type { ColumnRole } from './column-role.ts';
import type { RoleReading } from './role-search.ts';
import type { ChangeGrading } from '../../domain/change-grade.ts';
import type { GradeScaleSource } from '../../domain/grade-scale-source.ts';

export type { ChangeGrading, FiscalYearSource, GradeScaleSource, RowKindName };

/** Where a placed cell went in the plan. */
export type CellField =
  | 'policy'
  | 'theme'
  | 'kpi'
  | 'department'
  | 'unit'
  | 'counting'
  | 'baseline'
  | 'narrative'
  | 'grade'
  | 'extra'
  | 'rate'
  | 'difference'
  | 'target'
  | 'milestone'
  | 'actual'
  | 'cumulative'
  | 'total'
  | 'department actual'
  | 'row label'
  | 'header'
  | 'title'
  | 'note';

/** One column as read: its role and the header words that gave it. */
export interface ColumnReading {
  /** 1-based, as in the file (A = 1). */
  readonly column: number;
  /** The header rows' text over the column, joined. */
  readonly label: string;
  readonly role: ColumnRole['kind'];
  /** The year the header names for the column's figures, when it names one. */
  readonly fiscalYear: FiscalYear | null;
  readonly because: string;
  /** The unit the header states for the column's figures ("（単位：千円）"), when it states one. */
  readonly unit: string | null;
}

/** One row as read: its kind, the KPI it gives or continues, and where its cells went. */
export interface RowReading {
  readonly row: number;
  readonly kind: RowKindName;
  /** The KPI code the row gives (kpi) or continues; null for headings and stray rows. */
  readonly kpi: string | null;
  /** How many columns the row was moved right to sit under its headers (PDF extraction). */
  readonly shift: number;
  /**
   * What each cell became, by file column (A first): the field it was placed in, or null for
   * an empty cell or one listed in the report's `unplaced`.
   */
  readonly fields: readonly (CellField | null)[];
}

/** The report year and where it came from. */
export interface FiscalYearReading {
  readonly year: FiscalYear;
  readonly source: FiscalYearSource;
  /** The 1-based column that gave it, when one did. */
  readonly column: number | null;
  readonly because: string;
}

/**
 * How the importer read a table, for a person to confirm: the role of every column and why,
 * the kind of every row (title, header, data) and where each of its cells went, and the report
 * year and its source. With the report's `unplaced`, every non-empty cell is accounted for.
 * `check --explain` prints it; the web import page shows the same object.
 */
export interface TableReading {
  /** The 1-based file rows taken as the header. */
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnReading[];
  readonly rows: readonly RowReading[];
  /** Null when no year is written anywhere and none was given: a problem stops an import. */
  readonly fiscalYear: FiscalYearReading | null;
  /**
   * With no year known, the year the rows were read as all the same (a table naming no year
   * reads alike in every year), so that its rates are checked; never the report's year.
   */
  readonly readAs?: FiscalYear;
  /** The unit a title or header note states for the whole table, '' when none does. */
  readonly unit: string;
  /** How the columns' roles were settled, and how many printed rates the reading explains. */
  readonly roles?: RoleReading;
  /**
   * Why the table was read as a plan's own indicator table, its baselines and targets with no
   * year measured yet (no column of actuals, none measuring one): absent for a progress table.
   */
  readonly planTable?: string;
  /**
   * Notes printed on the table (※…, 注…, when the figures were counted), each read as a note:
   * kept as printed, no KPI and no cell left unplaced.
   */
  readonly notes: readonly TableNote[];
  /**
   * Where the plan's grading scale came from: a legend on the table, its printed grades, or
   * neither; `legend words` where a legend defines the printed grades by words alone (the default
   * scale then, and the printed grades not checked by it).
   */
  readonly gradeScale?: GradeScaleSource;
  /** With a legend of change (`legend of change`): the grades by class, checked so. */
  readonly changeGrades?: ChangeGrading;
  /**
   * Lines of printed percentages that two other lines of their group give year by year
   * (高齢化率 = 高齢者人口 ÷ 総人口), checked so (`ratio-lines.ts`); absent when none is.
   */
  readonly ratioLines?: readonly RatioLineReading[];
  /**
   * Columns of changes against the year before (前年度比, 対前年度増減率, or percentages beside two
   * years' figures that they reproduce), each with the figures and formula that give it and how
   * many of its changes they reproduce (`year-on-year.ts`); absent when the table prints none.
   */
  readonly yearOnYear?: readonly YearOnYearReading[];
}

/** A note printed on the table: its 1-based row and column and its text. */
export interface TableNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** A placed cell: its 1-based row and column and the field it went into. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly field: CellField;
}

/** Every placed cell of a reading, row by row. */
export function placedCells(reading: TableReading): PlacedCell[] {
  return reading.rows.flatMap((r) =>
    r.fields.flatMap((field, index) =>
      field === null ? [] : [{ row: r.row, column: index + 1, field }],
    ),
  );
}
