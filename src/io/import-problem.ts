import type { ImportProblemKind } from '../domain/import-problem-kind.ts';
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

export type { ImportProblemKind } from '../domain/import-problem-kind.ts';

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
