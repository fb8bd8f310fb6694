import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import type { GridRow } from '../grid.ts';

/** Where a cell of a rewritten grid was in the file: its 1-based row and column. */
export interface CellOrigin {
  readonly row: number;
  readonly column: number;
}

/**
 * The role a rewrite gives a column of its grid, read in place of its header's words: the
 * rewrite knows what the column holds (a sentence's target, the 実績 line of each KPI), so it
 * makes up no header word for the classifier. Its year is still the one the header names.
 */
export interface GivenRole {
  readonly role: ColumnRoleName;
  /** "rewritten from <shape>", for `check --explain` and the import page. */
  readonly because: string;
  /** The 1-based column whose figures this column's cells print the years of (鳥取県 時点). */
  readonly yearsOf?: number;
  /**
   * What a rate column's rates are, where the rewrite knows it and no header word says it (多久市:
   * each year's cell after its figure, its change on the base year): read as its header words
   * are for the formulas they allow (`domain/inference.ts`), never shown as a header.
   */
  readonly rateWords?: string;
}

/**
 * A table rewritten to be read as rows of KPIs, and where every cell came from. The grid's row
 * numbers are its own (1, 2, …); `origin` gives each cell's place in the file.
 */
export interface TurnedTable {
  readonly rows: readonly GridRow[];
  readonly origin: (row: number, column: number) => CellOrigin;
  /** The file row whose cells name the table's columns (杵築市 歳出削減額, 歳入確保額, …); null: none does (寒川町). */
  readonly headerRow: number | null;
  /** Where a column of the rewritten grid comes from, in the file's words ("row 9"); null: its own. */
  readonly readAs: (column: number) => string | null;
  /** Whether a cell of the rewritten grid was made, not printed (a header word for an empty header cell). */
  readonly made?: (row: number, column: number) => boolean;
  /** The role a header cell of the rewritten grid gives its column; null: its words decide. */
  readonly given?: (row: number, column: number) => GivenRole | null;
  /**
   * The other file places a cell of the rewritten grid stands for: a header printed again over
   * each block of the table (小坂町's years and row labels), read once.
   */
  readonly copies?: (row: number, column: number) => readonly CellOrigin[];
  /**
   * Rows of the rewritten grid that start a table of its own under the header printed again
   * (厚沢部町 二酸化炭素換算量 under 燃料等使用量's header): its totals are of its rows alone.
   */
  readonly tableStarts?: ReadonlySet<number>;
  /**
   * The whole printed cell a cell of the rewritten grid is a part of (浦河町 「いちご生産額:2億396万
   * 円 → 4億3,0000万円」 split into name, baseline and target): a cell left unplaced is listed
   * with the text the file prints there. Null (or absent): the cell is printed as it stands.
   */
  readonly printed?: (row: number, column: number) => string | null;
  /**
   * Every row stays in its place and is what the reading makes it (a header of several lines
   * too): the rewrite only renamed cells (numbered-tree-labels.ts's names with their path).
   */
  readonly keepsRows?: true;
}

/**
 * The `made` and `given` of a rewrite that makes a header line of its own at `row` (no cell of
 * the file), each column the role `roles` names for it, said `because`.
 */
export function madeHeader(
  row: number,
  roles: readonly ColumnRoleName[],
  because: string,
): Required<Pick<TurnedTable, 'made' | 'given'>> {
  return {
    made: (r) => r === row,
    given: (r, column) => {
      const role = r === row ? roles[column - 1] : undefined;
      return role ? { role, because } : null;
    },
  };
}

/** A map of rewritten places to file places, and its lookup. */
export class Origins {
  private readonly map = new Map<string, CellOrigin>();

  set(row: number, column: number, from: CellOrigin): void {
    this.map.set(`${row}:${column}`, from);
  }

  /** Each cell of a row kept as it is, at a new row number. */
  keep(row: number, from: GridRow): void {
    from.cells.forEach((_, c) => this.set(row, c + 1, { row: from.row, column: c + 1 }));
  }

  /** Rows kept as they are, numbered from 1: the lines that come first in a rewritten grid. */
  keepAll(rows: readonly GridRow[]): GridRow[] {
    return rows.map((r, i) => {
      this.keep(i + 1, r);
      return { row: i + 1, cells: r.cells };
    });
  }

  /** Rows kept as they are, appended to a rewritten grid after what it holds (the lines below a table). */
  append(out: GridRow[], rows: readonly GridRow[]): void {
    for (const line of rows) {
      this.keep(out.length + 1, line);
      out.push({ row: out.length + 1, cells: line.cells });
    }
  }

  readonly origin = (row: number, column: number): CellOrigin =>
    this.map.get(`${row}:${column}`) ?? { row, column };
}
