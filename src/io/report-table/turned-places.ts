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
 * row naming its columns is its header, and each row of figures (杵築市 プラン) a row of the
 * KPIs it gives a figure to.
 */
function fileRows(reading: TableReading, turned: TurnedTable): RowReading[] {
  const titles = new Set(reading.rows.filter((r) => r.kind === 'title').map((r) => r.row));
  const byRow = new Map<number, { kind: RowKindName; fields: (CellField | null)[] }>();
  for (const placed of placedCells(reading)) {
    const { row, column } = turned.origin(placed.row, placed.column);
    const kind: RowKindName = titles.has(placed.row)
      ? 'title'
      : row === turned.headerRow
        ? 'header'
        : 'kpi';
    const entry = byRow.get(row) ?? { kind, fields: [] };
    while (entry.fields.length < column) entry.fields.push(null);
    entry.fields[column - 1] = placed.field;
    byRow.set(row, entry);
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, { kind, fields }]) => ({ row, kind, kpi: null, shift: 0, fields }));
}

/** The report year read off a column of the rewritten grid: said in the file's words. */
function yearInFile(year: FiscalYearReading, turned: TurnedTable): FiscalYearReading {
  if (year.column === null) return year;
  const own = `(column ${columnLetter(year.column)})`;
  return {
    ...year,
    column: null,
    because: year.because.replace(own, `(${turned.readAs(year.column)})`),
  };
}

/**
 * A report read from a turned table, with every place put back as it is in the file: cells
 * unplaced, problems, KPI rows, and the reading (its columns are the file's rows of figures,
 * and say which).
 */
export function placesInFile(report: ImportedReport, turned: TurnedTable): ImportedReport {
  const { reading } = report;
  return {
    ...report,
    kpis: report.kpis.map((k) => ({ ...k, row: turned.origin(k.row, 1).row })),
    unplaced: report.unplaced.map((u): UnplacedCell => inFile(turned, u)),
    problems: report.problems.map((p): ImportProblem => inFile(turned, p)),
    reading: {
      ...reading,
      headerRows: [turned.headerRow],
      columns: reading.columns.map((c) => ({
        ...c,
        because: `${turned.readAs(c.column)}: ${c.because}`,
      })),
      rows: fileRows(reading, turned),
      fiscalYear: yearInFile(reading.fiscalYear, turned),
    },
  };
}
