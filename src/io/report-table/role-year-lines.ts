import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { quotedGrade } from '../../domain/grade-scale.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';

/**
 * A year's line of an indicator: the year (「H24年度」, 「平成27年」, 「2019年度」), then its figure,
 * then in brackets the role the figure plays, if any (静岡県 総合計画 「H24年度 86.5%(基準値)」).
 */
const YEAR_LINE = /^(((?:平成|令和|昭和|[HRS])\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*年度?)\s+(\S.*)$/;
const ROLE_MARK = /\s*[(（]\s*(基準値?|現状値?|現況値?|実績値?|目標値?)\s*[)）]\s*$/;

type LineRole = 'baseline' | 'actual' | 'target';

interface YearLine {
  readonly kind: 'year';
  readonly year: number;
  /** The year as printed (「H24年度」, 「H25年」). */
  readonly yearText: string;
  /** The figure, without its year before it and its role in brackets after it. */
  readonly figure: string;
  readonly role: LineRole | null;
}
type Line =
  | YearLine
  | { readonly kind: 'grade'; readonly text: string }
  | { readonly kind: 'name'; readonly text: string };

function roleOf(word: string): LineRole {
  if (word.startsWith('基準')) return 'baseline';
  if (word.startsWith('目標')) return 'target';
  return 'actual';
}

/** What one line of the column is: a year's figure, a grade, or a name. */
function readLine(text: string): Line {
  const match = YEAR_LINE.exec(text);
  if (match?.[1] !== undefined && match[2] !== undefined && match[3] !== undefined) {
    const year = parseFiscalYear(`${match[2]}年度`);
    const mark = ROLE_MARK.exec(match[3]);
    const figure = (mark ? match[3].slice(0, mark.index) : match[3]).trim();
    if (year !== undefined && parseDescribedFigure(figure) !== undefined)
      return {
        kind: 'year',
        year,
        yearText: match[1].replace(/\s+/g, ''),
        figure,
        role: mark?.[1] === undefined ? null : roleOf(mark[1]),
      };
  }
  if (quotedGrade(text) !== null) return { kind: 'grade', text };
  return { kind: 'name', text };
}

interface Indicator {
  readonly name: { readonly row: number; readonly text: string };
  readonly years: (YearLine & { readonly row: number })[];
  grade: { readonly row: number; readonly text: string } | null;
}

/** The indicators a column holds, or null unless every line of it under the header is one's. */
function indicatorsOf(rows: readonly GridRow[], column: number): Indicator[] | null {
  const found: Indicator[] = [];
  for (const row of rows) {
    const text = (row.cells[column] ?? '').trim();
    if (text === '') continue;
    const line = readLine(text);
    const last = found.at(-1);
    if (line.kind === 'name') {
      // A name after one with fewer than two year lines: no such column (most tables stop here,
      // at their second row: this runs on every column of every table).
      if (last !== undefined && last.years.length < 2) return null;
      found.push({ name: { row: row.row, text }, years: [], grade: null });
      continue;
    }
    // A year or a grade before any name, or after the indicator's grade: no such column.
    if (last === undefined || last.grade !== null) return null;
    if (line.kind === 'grade') last.grade = { row: row.row, text };
    else last.years.push({ ...line, row: row.row });
  }
  return found;
}

const BECAUSE = 'rewritten from lines of a year and its figure, its role in brackets';
const given = (role: ColumnRoleName): GivenRole => ({ role, because: BECAUSE });

/**
 * Indicators printed as lines in one column under the table's header, not one a row (静岡県
 * 総合計画 参考指標: 「多数の者が利用する大規模建築物耐震化率」, then 「H24年度 86.5%(基準値)」,
 * 「H25年度 88.1%」 …, 「H27年度 89.5%(現状値)」, 「H29年度 92%(目標値)」, then
 * 「【H28県総合計画評価「B」】」): each indicator made one row, its name in the column, its
 * figures in columns added after the table's: the one marked 基準値 the baseline, 目標値 the
 * target, the others (現状値, 実績値, none) the actuals of their years, the grade line the grade.
 * The cells of the other columns beside an indicator's lines stay on its row (a 施策 printed on
 * the first indicator's line, the comment lines beside its years). Null unless a column has two
 * indicators or more, each a name then two year lines or more, and a role in brackets at least
 * once: a list of years with no role is read as it is.
 */
export function readRoleYearLines(rows: readonly GridRow[]): TurnedTable | null {
  const header = rows.findIndex((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  if (header < 0) return null;
  const body = rows.slice(header + 1);
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let column = 0; column < width; column += 1) {
    const indicators = indicatorsOf(body, column);
    if (indicators === null || indicators.length < 2) continue;
    if (!indicators.every((i) => i.years.length >= 2)) continue;
    if (!indicators.some((i) => i.years.some((y) => y.role !== null))) continue;
    return turned(rows, header, column, indicators, width);
  }
  return null;
}

function turned(
  rows: readonly GridRow[],
  header: number,
  column: number,
  indicators: readonly Indicator[],
  width: number,
): TurnedTable {
  const yearLines = indicators.flatMap((i) => i.years);
  const years = [
    ...new Set(yearLines.filter((y) => y.role === null || y.role === 'actual').map((y) => y.year)),
  ].sort((a, b) => a - b);
  const yearText = (year: number) => yearLines.find((y) => y.year === year)?.yearText ?? '';
  const hasBaseline = yearLines.some((y) => y.role === 'baseline');
  const hasTarget = yearLines.some((y) => y.role === 'target');
  const hasGrade = indicators.some((i) => i.grade !== null);
  // The added columns, in order: baseline, one a year, target, grade.
  const added: { role: ColumnRoleName; year: number | null; text: string }[] = [
    ...(hasBaseline ? [{ role: 'baseline' as const, year: null, text: '' }] : []),
    ...years.map((year) => ({ role: 'actual' as const, year, text: yearText(year) })),
    ...(hasTarget ? [{ role: 'target' as const, year: null, text: '' }] : []),
    ...(hasGrade ? [{ role: 'grade' as const, year: null, text: '' }] : []),
  ];
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, header + 1));
  const headerRow = out.length;
  const headerCells = [...(out[headerRow - 1]?.cells ?? [])];
  while (headerCells.length < width) headerCells.push('');
  out[headerRow - 1] = { row: headerRow, cells: [...headerCells, ...added.map((a) => a.text)] };
  const copies = new Map<string, CellOrigin[]>();
  const printed = new Map<string, string>();
  const body = rows.slice(header + 1);
  const before = body.filter((r) => r.row < (indicators[0]?.name.row ?? 0));
  for (const r of before) {
    origins.keep(out.length + 1, r);
    out.push({ row: out.length + 1, cells: r.cells });
  }
  indicators.forEach((indicator, k) => {
    const at = out.length + 1;
    const until = indicators[k + 1]?.name.row ?? Infinity;
    const cells = Array<string>(width + added.length).fill('');
    // The other columns' cells beside the indicator's lines: joined, on its row.
    for (let c = 0; c < width; c += 1) {
      if (c === column) continue;
      const beside = body.filter(
        (r) => r.row >= indicator.name.row && r.row < until && (r.cells[c] ?? '').trim() !== '',
      );
      const [first, ...more] = beside;
      if (first === undefined) continue;
      cells[c] = beside.map((r) => (r.cells[c] ?? '').trim()).join('\n');
      origins.set(at, c + 1, { row: first.row, column: c + 1 });
      if (more.length > 0)
        copies.set(
          `${at}:${c + 1}`,
          more.map((r) => ({ row: r.row, column: c + 1 })),
        );
    }
    cells[column] = indicator.name.text;
    origins.set(at, column + 1, { row: indicator.name.row, column: column + 1 });
    for (const line of indicator.years) {
      const slot = added.findIndex((a) =>
        line.role === 'baseline' || line.role === 'target'
          ? a.role === line.role
          : a.role === 'actual' && a.year === line.year,
      );
      if (slot < 0 || cells[width + slot] !== '') continue;
      // A baseline or target keeps its own year beside it (「86.5% (H24年度)」); an actual's is its column's.
      const dated = line.role === 'baseline' || line.role === 'target';
      cells[width + slot] = dated ? `${line.figure} (${line.yearText})` : line.figure;
      origins.set(at, width + slot + 1, { row: line.row, column: column + 1 });
      const whole = (body.find((r) => r.row === line.row)?.cells[column] ?? '').trim();
      printed.set(`${at}:${width + slot + 1}`, whole);
    }
    if (indicator.grade !== null) {
      const slot = added.findIndex((a) => a.role === 'grade');
      cells[width + slot] = indicator.grade.text;
      origins.set(at, width + slot + 1, { row: indicator.grade.row, column: column + 1 });
    }
    out.push({ row: at, cells });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: rows[header]?.row ?? null,
    readAs: (c) => (c > width ? `the lines of column ${column + 1}` : null),
    made: (row, c) => row === headerRow && c > width,
    given: (row, c) => {
      if (row !== headerRow) return null;
      if (c === column + 1) return given('kpi');
      const add = added[c - width - 1];
      return add === undefined ? null : given(add.role);
    },
    copies: (row, c) => copies.get(`${row}:${c}`) ?? [],
    printed: (row, c) => printed.get(`${row}:${c}`) ?? null,
  };
}
