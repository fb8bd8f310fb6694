import type { ColumnRole } from './column-role.ts';
import { classifyHeader } from './column-role.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** A line of a record: its label and its value, each with its place in the file. */
interface RecordLine {
  readonly row: number;
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly labelAt: CellOrigin;
  readonly valueAt: CellOrigin;
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

/** A label and its value in one cell: 「基準値(H30)：52.0%」, 「目標値……60.0%」, 「R5実績値 55.0%」. */
const ONE_CELL = /^(.+?)(?:\s*[:：]\s*|\s*[…‥・.．]{2,}\s*|\s+)(\S.*)$/;

/**
 * A line of a record: two filled cells, a label and its value; or one cell holding both, split
 * where a colon or leader dots stand, or a space before a figure or after a label naming the
 * KPI. Null for any other line (a title, a note, a grid's row).
 */
function recordLine(row: GridRow): RecordLine | null {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [at, next] = filled;
  if (at === undefined) return null;
  const text = row.cells[at] ?? '';
  if (filled.length === 2 && next !== undefined) {
    const value = row.cells[next] ?? '';
    return line(row.row, text, value, { row: row.row, column: at + 1 }, next);
  }
  if (filled.length !== 1) return null;
  const trimmed = text.trim();
  const split = ONE_CELL.exec(trimmed);
  if (!split?.[1] || !split[2]) return null;
  const [, label, value] = split;
  const between = trimmed.slice(label.length, trimmed.length - value.length);
  const spaced = !/[:：…‥・.．]/.test(between);
  const kind = classifyHeader(label).role.kind;
  if (kind === 'other') return null;
  if (spaced && kind !== 'kpi' && parseDescribedFigure(value) === undefined) return null;
  return line(row.row, label, value, { row: row.row, column: at + 1 }, at);
}

function line(
  row: number,
  label: string,
  value: string,
  labelAt: CellOrigin,
  valueColumn: number,
): RecordLine {
  return {
    row,
    key: keyOf(label),
    label,
    value,
    labelAt,
    valueAt: { row, column: valueColumn + 1 },
  };
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
  const titles: GridRow[] = [];
  for (const row of rows) {
    const read = recordLine(row);
    if (read !== null) lines.push(read);
    // Stops at the first row of a grid: most tables are grids.
    else if (isTableRow(row)) return null;
    else titles.push(row);
  }
  const roles = new Map<string, ColumnRole['kind']>();
  for (const read of lines) {
    if (!roles.has(read.key)) roles.set(read.key, classifyHeader(read.label).role.kind);
  }
  const [first] = lines;
  if (!first || roles.get(first.key) !== 'kpi') return null;
  const figures = new Set([...roles.values()].filter((r) => FIGURE_ROLES.has(r)));
  if (figures.size < 2) return null;

  const records: RecordLine[][] = [];
  for (const read of lines) {
    const record = records.at(-1);
    if (roles.get(read.key) === 'kpi' || !record) records.push([read]);
    // A label twice in one record is no record of this shape.
    else if (record.some((l) => l.key === read.key)) return null;
    else record.push(read);
  }
  // The header: each label once, where it first appears, its later prints its copies.
  const keys: string[] = [];
  const firstPlace = new Map<string, CellOrigin>();
  const copies = new Map<string, CellOrigin[]>();
  for (const read of lines) {
    if (!firstPlace.has(read.key)) {
      keys.push(read.key);
      firstPlace.set(read.key, read.labelAt);
      copies.set(read.key, []);
    } else copies.get(read.key)?.push(read.labelAt);
  }
  const origins = new Origins();
  const out = origins.keepAll(titles);
  const headerRow = out.length + 1;
  const header = keys.map((key, c) => {
    const place = firstPlace.get(key) ?? { row: 1, column: 1 };
    origins.set(headerRow, c + 1, place);
    return lines.find((l) => l.key === key)?.label ?? key;
  });
  out.push({ row: headerRow, cells: header });
  records.forEach((record, i) => {
    const row = headerRow + i + 1;
    const cells = keys.map(() => '');
    for (const read of record) {
      const c = keys.indexOf(read.key);
      cells[c] = read.value;
      origins.set(row, c + 1, read.valueAt);
    }
    out.push({ row, cells });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: first.row,
    readAs: () => null,
    copies: (row, column) => (row === headerRow ? (copies.get(keys[column - 1] ?? '') ?? []) : []),
  };
}
