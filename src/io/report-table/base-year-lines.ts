import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';

const REWRITTEN = 'rewritten from lines of years against a base year';
/** What the rates of the lines are: each a change on the base year (`domain/inference.ts`). */
const CHANGE = '基準年度比 増減率';

/** What a line is: the base year, the target year, a year's result, or a year with no figure yet. */
type LineKind = 'baseline' | 'target' | 'actual' | 'note';

/** A cell's text, or a part of it, and its place in the file. */
interface Piece {
  readonly text: string;
  readonly at: CellOrigin;
}

interface YearLine {
  readonly row: GridRow;
  readonly kind: LineKind;
  readonly year: FiscalYear;
  readonly label: Piece;
  /** The figure; null on a note line (「平成32年1月公表予定」). */
  readonly figure: Piece | null;
  /** What follows the figure: a year's change on the base year, a note of the plan; or null. */
  readonly after: Piece | null;
}

/** 「基準年度(平成16年度)」, 「目標年度(平成22年度)」: the line's kind and the year in brackets. */
const NAMED_YEAR = /^(基準|目標)年度?\s*[(（]\s*(.+?)\s*[)）]$/;
/** A one-cell line of a record: 「・平成26年度排出量:6,678t-CO2(基準年比 1.0%増加)」. */
const RECORD = /^[・○●◯]?\s*(.+?)\s*[:：]\s*(.+)$/;
/** The year a record's label starts with (平成26年度排出量 → 平成26年度). */
const LEADING_YEAR = /^((?:令和|平成|昭和|R|H)\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度?)/;
/** A value and what follows it in brackets, the closing one possibly left out, as printed. */
const BRACKETED = /^(.*?)\s*[(（]\s*(.*?)\s*[)）]?$/;
const BASE_WORD = /^基準年度?$/;

const hasFigure = (text: string) => {
  const value = parseDescribedFigure(text)?.parsed.figure.value;
  return value !== undefined && value !== null;
};

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

/** A line of cells: a year label, its figure, and at most one cell after (a rate, a note). */
function gridLine(row: GridRow, filled: readonly number[]): YearLine | null {
  const [label, figure, after, more] = filled;
  if (label === undefined || figure === undefined || more !== undefined) return null;
  const kind = lineKind(row.cells[label] ?? '');
  if (kind === null || !hasFigure(row.cells[figure] ?? '')) return null;
  const piece = (c: number): Piece => ({
    text: row.cells[c] ?? '',
    at: { row: row.row, column: c + 1 },
  });
  return {
    row,
    ...kind,
    label: piece(label),
    figure: piece(figure),
    after: after === undefined ? null : piece(after),
  };
}

/**
 * A line of one cell holding a record whose label starts with a year: its figure before the
 * bracket, what the bracket says after it (a change on the base year, or 基準年度: the base
 * itself); a value with no figure (公表予定) a note. Null for any other line (a title).
 */
function recordLine(row: GridRow, column: number): YearLine | null {
  const text = (row.cells[column] ?? '').trim();
  const record = RECORD.exec(text);
  const [label, value] = [record?.[1], record?.[2]];
  if (!label || !value) return null;
  const leading = LEADING_YEAR.exec(label.normalize('NFKC'))?.[1];
  const year = leading === undefined ? undefined : parseFiscalYear(leading.replace(/\s+/g, ''));
  if (year === undefined) return null;
  const at = { row: row.row, column: column + 1 };
  const [, figure = value, bracket = null] = BRACKETED.exec(value) ?? [];
  if (!hasFigure(figure)) {
    return {
      row,
      kind: 'note',
      year,
      label: { text: label, at },
      figure: null,
      after: { text: value, at },
    };
  }
  const base = bracket !== null && BASE_WORD.test(bracket.replace(/\s+/g, ''));
  return {
    row,
    kind: base ? 'baseline' : 'actual',
    year,
    label: { text: label, at },
    figure: { text: figure, at },
    after: base || bracket === null || bracket === '' ? null : { text: bracket, at },
  };
}

/** The year line a row is, null for a title, or 'other' for a row of a grid this shape is not. */
function yearLine(row: GridRow): YearLine | null | 'other' {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [first] = filled;
  if (first === undefined) return null;
  if (filled.length === 1) return recordLine(row, first);
  return gridLine(row, filled) ?? 'other';
}

const squeezed = (piece: Piece | null) => (piece?.text ?? '').replace(/\s+/g, '');
const sameBase = (a: YearLine, b: YearLine) =>
  a.year === b.year && squeezed(a.figure) === squeezed(b.figure);

/** One KPI's lines: its base line, the base printed again (a copy), its other lines. */
interface Series {
  readonly lines: YearLine[];
  base: YearLine | null;
  copy: YearLine | null;
}

/** The lines cut into series, a new one at each base line of another year or figure. */
function seriesOf(lines: readonly YearLine[]): Series[] | null {
  const out: Series[] = [];
  for (const line of lines) {
    let current = out.at(-1);
    const newBase = line.kind === 'baseline' && current?.base && !sameBase(current.base, line);
    if (!current || newBase) {
      current = { lines: [], base: null, copy: null };
      out.push(current);
    }
    if (line.kind === 'baseline' && current.base) {
      if (current.copy) return null;
      current.copy = line;
    } else {
      if (line.kind === 'baseline') current.base = line;
      current.lines.push(line);
    }
  }
  return out;
}

/** Whether a series is one KPI's: a base, two results or more after it, each year once, one target at most. */
function wellFormed(series: Series): boolean {
  const base = series.base;
  if (!base) return false;
  const results = series.lines.filter((l) => l.kind === 'actual');
  if (results.length < 2 || results.some((r) => r.year <= base.year)) return false;
  const years = series.lines.filter((l) => l.kind !== 'baseline' && l.kind !== 'target');
  if (new Set(years.map((l) => l.year)).size !== years.length) return false;
  return series.lines.filter((l) => l.kind === 'target').length <= 1;
}

/** A column of the rewritten grid: its role, header word (null: made) and the KPI's cell. */
interface OutColumn {
  readonly role: ColumnRoleName;
  readonly header: Piece | null;
  readonly cell: Piece;
  /** The second print of the base line: copies of the header word and of the figure. */
  readonly copies: readonly CellOrigin[] | null;
}

function lineColumns(line: YearLine, copy: YearLine | null): OutColumn[] {
  const out: OutColumn[] = [];
  if (line.figure) {
    const role: ColumnRoleName = line.kind === 'note' ? 'other' : line.kind;
    const copies = copy?.figure ? [copy.label.at, copy.figure.at] : null;
    out.push({ role, header: line.label, cell: line.figure, copies });
  }
  for (const each of copy ? [line, copy] : [line]) {
    if (each.after === null) continue;
    // A year's result is followed by its change on the base year (△7.72%); the base and the
    // target lines by a note of the plan (「H22までに△6%」), kept as printed under their label.
    const rate = each.kind === 'actual';
    out.push({
      role: rate ? 'rate' : 'other',
      header: rate ? null : each.label,
      cell: each.after,
      copies: null,
    });
  }
  return out;
}

/** A heading of one or two words (参考, 目標, 結果) names no KPI. */
const namesKpi = (row: GridRow) => row.cells.join('').trim().length >= 4;

/**
 * KPIs given as lines of years against a base year, with no header (多久市 地球温暖化対策実行計画:
 * 「基準年度(平成16年度) | 6,590,637kg | H22までに△6%」, then 「平成18年度 | 6,081,811kg |
 * △7.72%」 … and, in a 目標 list above, 「目標年度(平成22年度) | 6,195,199kg」; 阿波市: lines of one
 * cell 「・平成26年度排出量:6,678t-CO2(基準年比 1.0%増加)」, the base 「…(基準年度)」): the base
 * year's figure is the baseline, each year's the actual of that year, what follows it that
 * year's printed rate (a change on the base year), the target year's figure the target; the
 * base line printed again (in a 目標 list and in the 結果 list) is read once, its second print a
 * copy; a year with no figure yet (公表予定) kept as printed. A base line of another year or
 * figure starts the next KPI (阿波市's 第1次 plan under its 第2次), each KPI a row of its own
 * columns. Each KPI is named by the first line above it of more than a word or two. Null
 * unless every line of two cells or more is such a line and each KPI has its base year and two
 * results after it.
 */
export function readBaseYearLines(rows: readonly GridRow[]): TurnedTable | null {
  const lines: YearLine[] = [];
  const titles: GridRow[] = [];
  for (const row of rows) {
    const line = yearLine(row);
    // Stops at the first row of a grid that is no year line: most tables are grids.
    if (line === 'other') return null;
    if (line === null) titles.push(row);
    else lines.push(line);
  }
  const all = seriesOf(lines);
  if (!all || all.length === 0 || !all.every(wellFormed)) return null;

  const named = all.map((series, i) => {
    const first = series.lines[0]?.row.row ?? 0;
    const after = all[i - 1]?.lines.at(-1)?.row.row ?? 0;
    return titles.find((t) => t.row > after && t.row < first && namesKpi(t)) ?? null;
  });
  const origins = new Origins();
  const out = origins.keepAll(titles.filter((t) => !named.includes(t)));
  const headerRow = out.length + 1;
  const header: string[] = [''];
  const made = new Set<number>([1]);
  const roles: ColumnRoleName[] = ['kpi'];
  const copies = new Map<string, readonly CellOrigin[]>();
  const kpiRows: string[][] = [];
  all.forEach((series, i) => {
    const kpiRow = headerRow + 1 + i;
    const name = named[i];
    const nameColumn = name ? name.cells.findIndex((c) => c.trim() !== '') : -1;
    const cells: string[] = [name ? (name.cells[nameColumn] ?? '') : ''];
    if (name) origins.set(kpiRow, 1, { row: name.row, column: nameColumn + 1 });
    for (const line of series.lines) {
      for (const c of lineColumns(line, line === series.base ? series.copy : null)) {
        const column = header.length + 1;
        header.push(c.header?.text ?? '');
        if (c.header) origins.set(headerRow, column, c.header.at);
        else made.add(column);
        roles.push(c.role);
        cells[column - 1] = c.cell.text;
        origins.set(kpiRow, column, c.cell.at);
        if (c.copies) {
          copies.set(`${headerRow}:${column}`, [c.copies[0] as CellOrigin]);
          copies.set(`${kpiRow}:${column}`, [c.copies[1] as CellOrigin]);
        }
      }
    }
    kpiRows.push(cells);
  });
  out.push({ row: headerRow, cells: header });
  kpiRows.forEach((cells, i) =>
    out.push({
      row: headerRow + 1 + i,
      cells: Array.from({ length: header.length }, (_, c) => cells[c] ?? ''),
    }),
  );
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
      // What follows a year's figure is its change on the base year, whatever its sign.
      return role === 'rate'
        ? { role, because: `${REWRITTEN}: a year's change on the base year`, rateWords: CHANGE }
        : { role, because: REWRITTEN };
    },
  };
}
