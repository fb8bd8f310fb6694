/**
 * What kind of doubt an importer's problem raises: the one list the importer's type, the API's
 * view and its schema use. `import` refuses on any of them unless told to accept, and on
 * `role` always.
 */
export const IMPORT_PROBLEM_KINDS = [
  /** A value cell carries another unit than the KPI's ("150千人" under 人), or a unit unknown ("m?"). */
  'unit',
  /** A target relative to the baseline ("15人削減", 現状維持) with no baseline. */
  'baseline',
  /** A KPI number given twice: the second row is not read. */
  'duplicate-code',
  /** A total row whose printed figure is not the sum of its members. */
  'total',
  /** A printed difference (差b-a) that is not the actual less the target. */
  'difference',
  /**
   * A rate printed for a single year (いわき市 18年度) that the year's actual and plan do not give,
   * or rates printed with no target, plan or baseline to check them against (戸田市 執行率).
   */
  'rate',
  /** A cell the source itself does not let be read (printed "?" in a copy). */
  'unreadable',
  /**
   * Two readings of the columns explain as many printed rates and the header words do not
   * choose: a person sets the roles (--column, the import page).
   */
  'reading',
  /**
   * The table lacks what an import needs: no column of actual values, or no report year. The
   * table is still read and shown so a person can set the role or give the year; an import is
   * refused while it stands, even when told to accept problems.
   */
  'role',
] as const;

export type ImportProblemKind = (typeof IMPORT_PROBLEM_KINDS)[number];

/**
 * The words of a 'rate' problem saying a table's rates have nothing to be checked against
 * (io/report-table/unchecked-rates.ts), by which the import page tells it from a year's rate
 * that differs.
 */
export const NONE_CHECKED = 'none can be checked';

/**
 * The words of a 'rate' problem saying a column of percentages headed as a rate was read as no
 * KPI's rates (io/report-table/unread-rates.ts), by which the import page says so in its words.
 */
export const NONE_REPRODUCED = "no reading of the table's figures reproduces";

/**
 * The words of a 'rate' problem saying a change against the year before (前年度比, 増減率) is not
 * what its row's two figures give (io/report-table/year-on-year.ts), before what they give.
 */
export const YEAR_ON_YEAR_MISMATCH = 'is not what its figures give:';

/**
 * The words of a 'rate' problem saying a column of changes against the year before is given by
 * no two figures of its rows (io/report-table/year-on-year.ts): kept as printed, none checked.
 */
export const YEAR_ON_YEAR_UNREAD = 'no two figures of their rows give';
