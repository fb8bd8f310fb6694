import type { GridRow } from '../grid.ts';
import { type CellOrigin, Origins, type TurnedTable } from './cell-origin.ts';

/** The fewest letters a line of a sheet's column letters runs to (A … D). */
const FEWEST = 4;

/** How many cells a row fills: its last filled column. */
function width(row: GridRow): number {
  for (let c = row.cells.length - 1; c >= 0; c -= 1)
    if ((row.cells[c] ?? '').trim() !== '') return c + 1;
  return 0;
}

/**
 * Whether a row is a line of the sheet's column letters, A, B, C … one a cell from the first
 * column on, nothing else in it (綾町 総合戦略 KPI 評価シート 「A | B | … | J」 between its grids).
 * The cheap test first: this runs on every row.
 */
function isLetterLine(row: GridRow): boolean {
  if ((row.cells[0] ?? '').trim() !== 'A' || row.cells.length < FEWEST) return false;
  const last = width(row);
  if (last < FEWEST) return false;
  for (let c = 0; c < last; c += 1)
    if ((row.cells[c] ?? '').trim() !== String.fromCharCode(65 + c)) return false;
  return true;
}

/**
 * A line of the sheet's column letters printed among the table's rows (a spreadsheet printed with
 * its headings: 綾町 「A | B | C | … | J」 between one KPI's grid and the next's) made one line of
 * one cell put above the table, a title line, its letters the places of that cell: no KPI, no
 * header, no heading of a block, and the KPIs' lines around it read as they would be without it. Only a line after the table's first row of
 * two cells or more (a grade scale 「A | B | C | D」 heading a table of counts is its header) and
 * as wide as every row of the table (the sheet's letters run over all its columns). Null when no
 * row is such a line.
 * @example foldColumnLetterLines(rows) // 「A | B | C | D」 between grids → 「A B C D」 alone
 */
export function foldColumnLetterLines(rows: readonly GridRow[]): TurnedTable | null {
  let tableRowSeen = false;
  const lines = new Set<number>();
  for (const row of rows) {
    if (tableRowSeen && isLetterLine(row)) lines.add(row.row);
    else if (!tableRowSeen && row.cells.filter((c) => c.trim() !== '').length >= 2)
      tableRowSeen = true;
  }
  if (lines.size === 0) return null;
  let widest = 0;
  for (const row of rows) if (!lines.has(row.row)) widest = Math.max(widest, width(row));
  const letters = new Map<number, readonly CellOrigin[]>();
  const origins = new Origins();
  const out: GridRow[] = [];
  const kept: GridRow[] = [];
  for (const row of rows) {
    const last = width(row);
    if (!lines.has(row.row) || last < widest) {
      kept.push(row);
      continue;
    }
    const at = out.length + 1;
    origins.set(at, 1, { row: row.row, column: 1 });
    const copies: CellOrigin[] = [];
    for (let c = 2; c <= last; c += 1) copies.push({ row: row.row, column: c });
    letters.set(at, copies);
    out.push({
      row: at,
      cells: [
        row.cells
          .slice(0, last)
          .map((c) => c.trim())
          .join(' '),
      ],
    });
  }
  origins.append(out, kept);
  if (letters.size === 0) return null;
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    copies: (row, column) => (column === 1 ? (letters.get(row) ?? []) : []),
    printed: (row, column) => (column === 1 && letters.has(row) ? 'A' : null),
  };
}
