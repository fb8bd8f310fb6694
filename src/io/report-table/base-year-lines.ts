import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

const REWRITTEN = 'rewritten from lines of years against a base year';
/** What the rates of the lines are: each a change on the base year (`domain/inference.ts`). */
const CHANGE = '基準年度比 増減率';

/** What a line's first cell names: the base year, the target year, or a year of results. */
type LineKind = 'baseline' | 'target' | 'actual';

interface YearLine {
  readonly row: GridRow;
  readonly kind: LineKind;
  readonly year: FiscalYear;
  /** The 0-based columns of the line's figure and of what follows it (a rate, a note), if any. */
  readonly figure: number;
  readonly after: number | null;
}

/** 「基準年度(平成16年度)」, 「目標年度(平成22年度)」: the line's kind and the year in brackets. */
const NAMED_YEAR = /^(基準|目標)年度?\s*[(（]\s*(.+?)\s*[)）]$/;

function lineKind(label: string): { kind: LineKind; year: FiscalYear } | null {
  const text = label.trim();
  const named = NAMED_YEAR.exec(text.normalize('NFKC'));
  if (named?.[2]) {
    const year = parseFiscalYear(named[2]);
    if (year === undefined) return null;
    return { kind: named[1] === '基準' ? 'baseline' : 'target', year };
  }
  const year = parseFiscalYear(text.replace(/\s+/g, ''));
  return year === undefined ? null : { kind: 'actual', year };
}

/** A line of the series: a year label, its figure, and at most one cell after (a rate, a note). */
function yearLine(row: GridRow): YearLine | null {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [label, figure, after, more] = filled;
  if (label === undefined || figure === undefined || more !== undefined) return null;
  const kind = lineKind(row.cells[label] ?? '');
  if (kind === null) return null;
  const value = parseDescribedFigure(row.cells[figure] ?? '')?.parsed.figure.value;
  if (value === undefined || value === null) return null;
  return { row, ...kind, figure, after: after ?? null };
}

const sameFigure = (a: YearLine, b: YearLine) =>
  (a.row.cells[a.figure] ?? '').replace(/\s+/g, '') ===
  (b.row.cells[b.figure] ?? '').replace(/\s+/g, '');

/** The column a rewritten header cell stands for, its role, and where it comes from. */
interface OutColumn {
  readonly role: ColumnRoleName;
  /** The header word, the line's year label (a rate's and a note's: none, made). */
  readonly header: { readonly text: string; readonly at: CellOrigin | null };
  readonly cell: { readonly text: string; readonly at: CellOrigin };
  readonly copies: readonly CellOrigin[];
}

const place = (line: YearLine, column: number): CellOrigin => ({
  row: line.row.row,
  column: column + 1,
});

function lineColumns(line: YearLine, copy: YearLine | null): OutColumn[] {
  const label = { text: line.row.cells[0] ?? '', at: place(line, 0) };
  const out: OutColumn[] = [
    {
      role: line.kind,
      header: label,
      cell: { text: line.row.cells[line.figure] ?? '', at: place(line, line.figure) },
      copies: copy ? [place(copy, 0), place(copy, copy.figure)] : [],
    },
  ];
  for (const each of copy ? [line, copy] : [line]) {
    if (each.after === null) continue;
    // A year's result is followed by its change on the base year (△7.72%); the base and the
    // target lines by a note of the plan (「H22までに△6%」), kept as printed.
    const rate = each.kind === 'actual';
    out.push({
      role: rate ? 'rate' : 'other',
      // A note is kept under its line's label; a rate's header is made (none is printed).
      header: rate ? { text: '', at: null } : { text: each.row.cells[0] ?? '', at: place(each, 0) },
      cell: { text: each.row.cells[each.after] ?? '', at: place(each, each.after) },
      copies: [],
    });
  }
  return out;
}

/**
 * One KPI given as lines of years against a base year, with no header (多久市 地球温暖化対策実行計画:
 * 「基準年度(平成16年度) | 6,590,637kg | H22までに△6%」, then 「平成18年度 | 6,081,811kg |
 * △7.72%」 … and, in a 目標 list above, 「目標年度(平成22年度) | 6,195,199kg」): the base year's
 * figure is the baseline, each year's the actual of that year, the cell after it that year's
 * printed rate (a change on the base year), the target year's figure the target; the base
 * line printed again (in the 目標 list and in the 結果 list) is read once, its second print a
 * copy. The KPI is named by the first line of one cell above the lines. Null unless every line
 * of two cells or more is such a line, with one base year (one figure), a result year after it
 * and another.
 */
export function readBaseYearLines(rows: readonly GridRow[]): TurnedTable | null {
  const lines: YearLine[] = [];
  for (const row of rows) {
    if (!isTableRow(row)) continue;
    const line = yearLine(row);
    // Stops at the first line that is not one: most tables are grids under a header.
    if (line === null) return null;
    lines.push(line);
  }
  const bases = lines.filter((l) => l.kind === 'baseline');
  const [base] = bases;
  if (!base || bases.some((b) => b.year !== base.year || !sameFigure(b, base))) return null;
  const results = lines.filter((l) => l.kind === 'actual');
  if (results.length < 2 || results.some((r) => r.year <= base.year)) return null;
  if (new Set(results.map((r) => r.year)).size !== results.length) return null;
  const targets = lines.filter((l) => l.kind === 'target');
  if (targets.length > 1) return null;

  const copy = bases[1] ?? null;
  const columns = [
    ...lineColumns(base, copy),
    ...results.flatMap((r) => lineColumns(r, null)),
    ...targets.flatMap((t) => lineColumns(t, null)),
  ];
  // The KPI's name: the first line of one cell above the first year line (lines keep file order).
  const firstLine = rows.indexOf((lines[0] ?? base).row);
  const name = rows
    .slice(0, firstLine)
    .find((r) => !isTableRow(r) && r.cells.some((c) => c.trim() !== ''));
  const nameColumn = name ? name.cells.findIndex((c) => c.trim() !== '') : -1;

  const origins = new Origins();
  const out = origins.keepAll(rows.filter((r) => !isTableRow(r) && r !== name));
  const headerRow = out.length + 1;
  const kpiRow = headerRow + 1;
  const made = new Set<number>([1]);
  const header: string[] = [''];
  const cells: string[] = [name ? (name.cells[nameColumn] ?? '') : ''];
  if (name) origins.set(kpiRow, 1, { row: name.row, column: nameColumn + 1 });
  const copies = new Map<string, readonly CellOrigin[]>();
  columns.forEach((c, i) => {
    const column = i + 2;
    header.push(c.header.text);
    if (c.header.at) origins.set(headerRow, column, c.header.at);
    else made.add(column);
    cells.push(c.cell.text);
    origins.set(kpiRow, column, c.cell.at);
    if (c.copies.length === 2) {
      copies.set(`${headerRow}:${column}`, [c.copies[0] as CellOrigin]);
      copies.set(`${kpiRow}:${column}`, [c.copies[1] as CellOrigin]);
    }
  });
  out.push({ row: headerRow, cells: header }, { row: kpiRow, cells });
  const roles: ColumnRoleName[] = ['kpi', ...columns.map((c) => c.role)];
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    made: (row, column) => row === headerRow && made.has(column),
    copies: (row, column) => copies.get(`${row}:${column}`) ?? [],
    given: (row, column) => {
      const role = row === headerRow ? roles[column - 1] : undefined;
      if (role === undefined) return null;
      // The cell after a year's figure is its change on the base year, whatever its sign.
      return role === 'rate'
        ? { role, because: `${REWRITTEN}: a year's change on the base year`, rateWords: CHANGE }
        : { role, because: REWRITTEN };
    },
  };
}
