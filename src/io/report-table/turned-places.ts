import { columnLetter } from '../../domain/column-letter.ts';
import type { ImportProblem, UnplacedCell } from '../import-problem.ts';
import type { ImportedReport } from '../imported-report.ts';
import type { TurnedTable } from './cell-origin.ts';
import type {
  CellField,
  FiscalYearReading,
  RowKindName,
  RowReading,
  TableReading,
} from './table-reading.ts';
import { placedCells } from './table-reading.ts';

/** A place in the turned grid put back where it is in the file. */
function inFile<T extends { row: number; column: number }>(turned: TurnedTable, place: T): T {
  return { ...place, ...turned.origin(place.row, place.column) };
}

/**
 * The rows of a turned table's reading, by file row: its one-cell lines stay title lines, the
 * row naming its columns is its header, and any other row what the row its cells were read in
 * was (a row of figures of a table read across, 杵築市 プラン, a row of the KPIs it gives a
 * figure to).
 */
function fileRows(
  reading: TableReading,
  turned: TurnedTable,
  unplaced: ReadonlySet<string>,
): RowReading[] {
  const source = new Map(reading.rows.map((r) => [r.row, r]));
  const byRow = new Map<
    number,
    { kind: RowKindName; kpi: string | null; fields: (CellField | null)[] }
  >();
  const copiedOnly = new Set<number>();
  for (const placed of placedCells(reading)) {
    // A header word the rewrite made for an empty cell stands for no cell of the file; the cells
    // it copies (a block's line label under it) are the file's own.
    const made = turned.made?.(placed.row, placed.column) === true;
    const { row, column } = turned.origin(placed.row, placed.column);
    // A header cell standing for a cell of the table (寒川町): that cell's own reading counts.
    if (!made && unplaced.has(`${row}:${column}`)) continue;
    const from = source.get(placed.row);
    const own = from && from.kind !== 'header' && from.kind !== 'title' ? from : null;
    const header =
      row === turned.headerRow || (turned.keepsRows === true && from?.kind === 'header');
    const kind: RowKindName =
      from?.kind === 'title' ? 'title' : header ? 'header' : (own?.kind ?? 'kpi');
    if (!made) {
      const entry = byRow.get(row) ?? { kind, kpi: own?.kpi ?? null, fields: [] };
      // A row first met as a copy of a header cell (鳥取県's line labels 数値, 時点) is what its own cells make it.
      if (own && copiedOnly.delete(row)) Object.assign(entry, { kind: own.kind, kpi: own.kpi });
      while (entry.fields.length < column) entry.fields.push(null);
      entry.fields[column - 1] = placed.field;
      byRow.set(row, entry);
    }
    for (const copy of turned.copies?.(placed.row, placed.column) ?? []) {
      if (!byRow.has(copy.row)) copiedOnly.add(copy.row);
      const again = byRow.get(copy.row) ?? { kind, kpi: null, fields: [] };
      while (again.fields.length < copy.column) again.fields.push(null);
      again.fields[copy.column - 1] = placed.field;
      byRow.set(copy.row, again);
    }
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, { kind, kpi, fields }]) => ({ row, kind, kpi, shift: 0, fields }));
}

/** The report year read off a column of the rewritten grid: said in the file's words. */
function yearInFile(year: FiscalYearReading | null, turned: TurnedTable): FiscalYearReading | null {
  if (year === null || year.column === null) return year;
  const own = `(column ${columnLetter(year.column)})`;
  const said = turned.readAs(year.column);
  return {
    ...year,
    column: null,
    because: said === null ? year.because : year.because.replace(own, `(${said})`),
  };
}

/**
 * A report read from a turned table, with every place put back as it is in the file: cells
 * unplaced, problems, KPI rows, and the reading (its columns are the file's rows of figures,
 * and say which).
 */
export function placesInFile(
  report: ImportedReport,
  turned: TurnedTable,
  fileText: (row: number, column: number) => string,
): ImportedReport {
  const { reading } = report;
  // A file cell the turn copied into several places (a year label heading two columns) is
  // listed once: the first place that could not take it says why.
  const seen = new Set<string>();
  // A cell the rewrite made (a line's word, a count of its lines) was never printed: listed
  // unplaced only where nothing read it (no report year), it would stand for a file cell twice.
  const unplaced = report.unplaced
    .filter((u) => turned.made?.(u.row, u.column) !== true)
    .flatMap((u): UnplacedCell[] => {
      // A part of a printed cell the rewrite split is listed as the cell the file prints.
      const whole = turned.printed?.(u.row, u.column) ?? null;
      const own = inFile(turned, whole === null ? u : { ...u, text: whole });
      // The other file cells it stands for (a name joined from a tree's lower levels) are left
      // unplaced with it, each, and it, as the file prints them.
      const copies = (turned.copies?.(u.row, u.column) ?? []).map((c): UnplacedCell => ({
        ...u,
        ...c,
        text: fileText(c.row, c.column),
      }));
      if (copies.length === 0) return [own];
      return [{ ...own, text: fileText(own.row, own.column) || own.text }, ...copies];
    })
    .filter((u) => {
      const key = `${u.row}:${u.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    ...report,
    kpis: report.kpis.map((k) => ({ ...k, row: turned.origin(k.row, 1).row })),
    unplaced,
    problems: report.problems.map((p): ImportProblem => inFile(turned, p)),
    reading: {
      ...reading,
      headerRows:
        turned.keepsRows === true
          ? reading.headerRows.map((r) => turned.origin(r, 1).row)
          : turned.headerRow === null
            ? []
            : [turned.headerRow],
      columns: reading.columns.map((c) => ({
        ...c,
        because: [turned.readAs(c.column), c.because].filter((b) => b !== null).join(': '),
      })),
      rows: fileRows(reading, turned, new Set(unplaced.map((u) => `${u.row}:${u.column}`))),
      fiscalYear: yearInFile(reading.fiscalYear, turned),
      notes: reading.notes.map((n) => inFile(turned, n)),
    },
  };
}
