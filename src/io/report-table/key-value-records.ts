import type { ColumnRole } from './column-role.ts';
import { classifyHeader } from './column-role.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** A line of a record: its label and its value, each with its place in the file. */
interface RecordLine {
  readonly row: GridRow;
  readonly label: number;
  readonly value: number;
  readonly key: string;
}

/** The roles a record's lines must name besides its KPI's, for the lines to be a record. */
const FIGURE_ROLES: ReadonlySet<ColumnRole['kind']> = new Set([
  'baseline',
  'actual',
  'target',
  'rate',
  'cumulative',
  'grade',
]);

const keyOf = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');

/** A line of exactly two filled cells, a label and its value; null for any other line. */
function recordLine(row: GridRow): RecordLine | null {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [label, value] = filled;
  if (filled.length !== 2 || label === undefined || value === undefined) return null;
  return { row, label, value, key: keyOf(row.cells[label] ?? '') };
}

/**
 * A KPI given as lines of 「項目 … 値」 rather than as a row of a grid, one record after another
 * (「成果指標 | 市民満足度」, 「基準値(H30) | 52.0%」, 「目標値(R6) | 60.0%」, 「R5実績値 | 55.0%」,
 * 「達成率 | 37.5%」, then the next KPI's lines): each record becomes a row, under a header of the
 * labels in the order they first appear; a label printed again in a later record is a copy of
 * the header's. A record starts at each line whose label names the KPI (指標, 成果指標, KPI …).
 * Null unless every line of the table is such a line, the first names a KPI, and the records'
 * labels name at least two kinds of figure (baseline, actual, target, rate …).
 */
export function readKeyValueRecords(rows: readonly GridRow[]): TurnedTable | null {
  const lines: RecordLine[] = [];
  for (const row of rows) {
    if (!isTableRow(row)) continue;
    const line = recordLine(row);
    // Stops at the first line that is not one: most tables are grids.
    if (line === null) return null;
    lines.push(line);
  }
  const roles = new Map<string, ColumnRole['kind']>();
  for (const line of lines) {
    if (!roles.has(line.key))
      roles.set(line.key, classifyHeader(line.row.cells[line.label] ?? '').role.kind);
  }
  const [first] = lines;
  if (!first || roles.get(first.key) !== 'kpi') return null;
  const figures = new Set([...roles.values()].filter((r) => FIGURE_ROLES.has(r)));
  if (figures.size < 2) return null;

  const records: RecordLine[][] = [];
  for (const line of lines) {
    if (roles.get(line.key) === 'kpi' || records.length === 0) records.push([line]);
    else records.at(-1)?.push(line);
  }
  // The header: each label once, where it first appears, its later prints its copies.
  const keys: string[] = [];
  const firstPlace = new Map<string, CellOrigin>();
  const copies = new Map<string, CellOrigin[]>();
  for (const line of lines) {
    const place = { row: line.row.row, column: line.label + 1 };
    if (!firstPlace.has(line.key)) {
      keys.push(line.key);
      firstPlace.set(line.key, place);
      copies.set(line.key, []);
    } else copies.get(line.key)?.push(place);
  }
  const origins = new Origins();
  const out = origins.keepAll(rows.filter((r) => !isTableRow(r)));
  const headerRow = out.length + 1;
  const header = keys.map((key, c) => {
    const place = firstPlace.get(key) ?? { row: 1, column: 1 };
    origins.set(headerRow, c + 1, place);
    const line = lines.find((l) => l.key === key);
    return line ? (line.row.cells[line.label] ?? key) : key;
  });
  out.push({ row: headerRow, cells: header });
  records.forEach((record, i) => {
    const row = headerRow + i + 1;
    const cells = keys.map(() => '');
    for (const line of record) {
      const c = keys.indexOf(line.key);
      // A label given twice in one record keeps its first value; the second stays unread.
      if (c < 0 || cells[c] !== '') continue;
      cells[c] = line.row.cells[line.value] ?? '';
      origins.set(row, c + 1, { row: line.row.row, column: line.value + 1 });
    }
    out.push({ row, cells });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: first.row.row,
    readAs: () => null,
    copies: (row, column) => (row === headerRow ? (copies.get(keys[column - 1] ?? '') ?? []) : []),
  };
}
