import { findForbiddenCharacter } from '../domain/forbidden-character.ts';
import { ImportError } from './import-problem.ts';
import { MAX_CELL_CHARACTERS, formatLimit } from './read-limits.ts';

/**
 * Refuses a cell no reader may keep, naming file, row and column: one longer than
 * MAX_CELL_CHARACTERS, or one holding a NUL or a lone surrogate (which PostgreSQL cannot store
 * and SQLite would, so both refuse it here, the same way). `known clean`: the text it was cut
 * from was searched already and holds neither.
 */
export function checkCellText(
  file: string,
  row: number,
  column: number,
  text: string,
  knownClean = false,
): void {
  if (text.length > MAX_CELL_CHARACTERS) {
    throw new ImportError(
      file,
      `a cell of more than ${formatLimit(MAX_CELL_CHARACTERS)} characters (limit ${formatLimit(MAX_CELL_CHARACTERS)})`,
      { row, column },
    );
  }
  const forbidden = knownClean ? undefined : findForbiddenCharacter(text);
  if (forbidden) {
    throw new ImportError(file, `${forbidden.description} is not allowed in a cell`, {
      row,
      column,
    });
  }
}
