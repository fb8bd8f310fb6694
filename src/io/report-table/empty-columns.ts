import type { ColumnRoleOverride } from '../../domain/column-role-name.ts';
import { columnLetter, columnNumber } from '../../domain/column-letter.ts';
import type { Grid } from '../grid.ts';
import { ImportError } from '../import-problem.ts';
import type { ImportedReport } from '../imported-report.ts';
import type { ColumnReading, RowReading } from './table-reading.ts';
import { yearOnYearInFile } from './year-on-year.ts';

/**
 * A table read without the columns it leaves empty on every row (a spreadsheet's narrow spacer
 * column, a gap a PDF's rules make a column: 「章 | | 会計 | …」), and everything read put back at
 * the file's columns: cells, problems, notes, the reading's columns and rows, and the places
 * its sentences name (「column 5」, 「(column E)」).
 */
export interface EmptyColumns {
  /** The grid with the empty columns taken out. */
  readonly grid: Grid;
  /** Roles set by hand, by file column, at the columns of the grid read. */
  readonly overrides: (roles: readonly ColumnRoleOverride[]) => ColumnRoleOverride[];
  /** The report of the grid read, its places the file's. */
  readonly report: (read: ImportedReport) => ImportedReport;
  /** An error of the grid read, its place the file's. */
  readonly error: (error: unknown) => unknown;
}

/**
 * The columns of a grid left empty on every row, taken out, and the empty cells past its last
 * filled column; null when there is none (most tables: every column holds something, found on
 * its first rows).
 */
export function withoutEmptyColumns(grid: Grid): EmptyColumns | null {
  let width = 0;
  for (const row of grid.rows) if (row.cells.length > width) width = row.cells.length;
  const filled = new Array<boolean>(width).fill(false);
  let open = width;
  for (const row of grid.rows) {
    const { cells } = row;
    for (let c = 0; c < cells.length; c += 1)
      if (!filled[c] && (cells[c] ?? '').trim() !== '') {
        filled[c] = true;
        open -= 1;
      }
    if (open === 0) return null;
  }
  const last = filled.lastIndexOf(true);
  const kept: number[] = [];
  for (let c = 0; c <= last; c += 1) if (filled[c]) kept.push(c);
  // Cells past the last column anything is printed in (a sheet's empty trailing cells) are none.
  if (kept.length === last + 1 && !grid.rows.some((r) => r.cells.length > last + 1)) return null;
  // 1-based columns of the grid read to the file's, and back.
  const toFile = (column: number) => (kept[column - 1] ?? column - 1) + 1;
  const fromFile = new Map(kept.map((c, i) => [c + 1, i + 1]));
  const inFile = (text: string) =>
    text
      .replace(/\bcolumn (\d+)\b/g, (_, n: string) => `column ${toFile(Number(n))}`)
      .replace(
        /\(column ([A-Z]{1,3})\)/g,
        (_, l: string) => `(column ${columnLetter(toFile(columnNumber(l)))})`,
      );
  const place = <T extends { column: number; message?: string; reason?: string }>(x: T): T => ({
    ...x,
    column: toFile(x.column),
    ...(x.message === undefined ? {} : { message: inFile(x.message) }),
    ...(x.reason === undefined ? {} : { reason: inFile(x.reason) }),
  });
  const fields = (r: RowReading): RowReading => {
    const spread: RowReading['fields'][number][] = [];
    r.fields.forEach((f, i) => {
      const at = toFile(i + 1) - 1;
      while (spread.length < at) spread.push(null);
      spread[at] = f;
    });
    return { ...r, fields: spread };
  };
  return {
    grid: {
      ...grid,
      rows: grid.rows.map((row) => ({ row: row.row, cells: kept.map((c) => row.cells[c] ?? '') })),
    },
    overrides: (roles) =>
      roles.flatMap((o) => {
        const column = fromFile.get(o.column);
        return column === undefined ? [] : [{ ...o, column }];
      }),
    report: (read) => ({
      ...read,
      kpis: read.kpis.map((k) =>
        k.yearOnYear === undefined
          ? k
          : { ...k, yearOnYear: k.yearOnYear.map((y) => ({ ...y, column: toFile(y.column) })) },
      ),
      unplaced: read.unplaced.map(place),
      problems: read.problems.map(place),
      reading: {
        ...read.reading,
        columns: read.reading.columns.map((c): ColumnReading => ({
          ...c,
          column: toFile(c.column),
          because: inFile(c.because),
        })),
        rows: read.reading.rows.map(fields),
        notes: read.reading.notes.map((n) => ({ ...n, column: toFile(n.column) })),
        ...(read.reading.yearOnYear === undefined
          ? {}
          : { yearOnYear: read.reading.yearOnYear.map((y) => yearOnYearInFile(y, toFile)) }),
        ...(read.reading.fiscalYear === null
          ? {}
          : {
              fiscalYear: {
                ...read.reading.fiscalYear,
                column:
                  read.reading.fiscalYear.column === null
                    ? null
                    : toFile(read.reading.fiscalYear.column),
                because: inFile(read.reading.fiscalYear.because),
              },
            }),
        ...(read.reading.roles === undefined
          ? {}
          : {
              roles: {
                ...read.reading.roles,
                because: inFile(read.reading.roles.because),
                tie: read.reading.roles.tie === null ? null : inFile(read.reading.roles.tie),
              },
            }),
      },
    }),
    error: (error) =>
      error instanceof ImportError
        ? new ImportError(error.file, inFile(error.reason), {
            ...(error.row === null ? {} : { row: error.row }),
            ...(error.column === null ? {} : { column: toFile(error.column) }),
          })
        : error,
  };
}
