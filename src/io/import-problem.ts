import { KnownError } from '../domain/error-kind.ts';
/** Where a cell came from: the file and its 1-based row and column as the user sees them. */
export interface CellPlace {
  readonly file: string;
  readonly row: number;
  readonly column: number;
}

/** A non-empty cell the importer could not place in the model, and why. */
export interface UnplacedCell extends CellPlace {
  readonly text: string;
  readonly reason: string;
}

/** What kind of doubt a problem raises; `import` refuses on any of them unless told to accept. */
export type ImportProblemKind =
  /** A value cell carries another unit than the KPI's ("150千人" under 人), or a unit unknown ("m?"). */
  | 'unit'
  /** A target relative to the baseline ("15人削減", 現状維持) with no baseline. */
  | 'baseline'
  /** A KPI number given twice: the second row is not read. */
  | 'duplicate-code'
  /** A total row whose printed figure is not the sum of its members. */
  | 'total'
  /** A printed difference (差b-a) that is not the actual less the target. */
  | 'difference'
  /** A rate printed for a single year (いわき市 18年度) that the year's actual and plan do not give. */
  | 'rate'
  /** A cell the source itself does not let be read (printed "?" in a copy). */
  | 'unreadable'
  /**
   * The table lacks what an import needs: no column of actual values, or no report year. The
   * table is still read and shown so a person can set the role or give the year; an import is
   * refused while it stands, even when told to accept problems.
   */
  | 'role';

/** Something the importer noticed and worked around, with its place: never dropped, always shown. */
export interface ImportProblem extends CellPlace {
  readonly kind: ImportProblemKind;
  readonly message: string;
}

/**
 * The importer's one error: a file it cannot take at all (not a table, binary, a truncated
 * workbook, an unknown encoding). Its message names the file and, where known, the place.
 */
export class ImportError extends KnownError {
  override readonly name = 'ImportError';
  readonly kind = 'import' as const;
  readonly file: string;
  readonly row: number | null;
  readonly column: number | null;
  /** The message without its place, as given. */
  readonly reason: string;

  constructor(file: string, message: string, place: { row?: number; column?: number } = {}) {
    const where = [
      file,
      place.row === undefined ? null : `row ${place.row}`,
      place.column === undefined ? null : `column ${place.column}`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    super(`${where}: ${message}`);
    this.file = file;
    this.reason = message;
    this.row = place.row ?? null;
    this.column = place.column ?? null;
  }
}
