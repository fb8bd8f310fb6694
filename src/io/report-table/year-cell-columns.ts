import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { headerDate } from './column-role.ts';

/** The figure roles whose year a column of its own may print, row by row. */
const DATED = new Set<Column['role']['kind']>(['baseline', 'target', 'actual']);

/** A header naming a year, not a figure: 基準年度, 目標年次, 策定時点. */
const YEAR_HEADER = /年度?|年次|時点/;

/**
 * A header naming when, of a column no word gives a role (最新値 | 時点, 数値 | 年月, 調査時期): the
 * dates of the figures beside it.
 */
const WHEN_HEADER =
  /^(?:年月日?|年度|時点|時期|調査(?:年月?|時点|時期)|測定(?:年月?|時点|時期)|基準日|現在)$/;

/** A year (R1, 平成30年度, 2019), or a date or month of one (R5.10, 令和6年3月末: its fiscal year). */
const cellYear = (cell: string, context: FiscalYearContext) =>
  parseFiscalYear(cell, context) ?? headerDate(cell) ?? undefined;

/** Whether every filled cell of a column's sample is a year (R1, 平成30年度, 2019), one at least. */
function holdsYears(
  sample: readonly GridRow[],
  index: number,
  context: FiscalYearContext,
): boolean {
  let years = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    if (cellYear(cell, context) === undefined) return false;
    years += 1;
  }
  return years > 0;
}

/**
 * A column of the same role beside a year column, right of it first: the figures whose years
 * it prints (基準年度 R1 | 基準値 22.5%). Null when none is within two columns.
 */
function figuresBeside(
  columns: readonly Column[],
  years: Column,
  isYears: (c: Column) => boolean,
): Column | null {
  for (const step of [1, -1, 2, -2]) {
    const c = columns[years.index + step];
    if (c && c.role.kind === years.role.kind && !isYears(c)) return c;
  }
  return null;
}

/**
 * A column headed as a role's year (基準年度, 目標年度) whose cells are years, beside the column
 * of that role's figures: each row's year of those figures (a baseline of R1, a target of R6),
 * kept as printed, not read as figures. Columns of any other kind are as they were.
 */
export function withYearCellColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): Column[] {
  const isYears = (c: Column) =>
    DATED.has(c.role.kind) &&
    c.because !== SET_BY_HAND &&
    c.yearsOf === undefined &&
    YEAR_HEADER.test(c.label) &&
    holdsYears(sample, c.index, context);
  // A column no word gives a role, headed as a when (時点, 年月), of years or dates alone.
  const isWhen = (c: Column) =>
    c.role.kind === 'other' &&
    c.because !== SET_BY_HAND &&
    c.yearsOf === undefined &&
    WHEN_HEADER.test(c.label.normalize('NFKC').replace(/\s+/g, '')) &&
    holdsYears(sample, c.index, context);
  return columns.map((c) => {
    if (isWhen(c)) {
      const figures = columns[c.index - 1];
      if (figures === undefined || !DATED.has(figures.role.kind)) return c;
      return {
        ...c,
        because: `${c.because}, its cells years or dates: those of ${figures.label.trim() || 'the column left of it'}`,
        yearsOf: figures.index,
      };
    }
    if (!isYears(c)) return c;
    const figures = figuresBeside(columns, c, isYears);
    if (figures === null) return c;
    return {
      ...c,
      role: { kind: 'other' },
      because: `${c.because}, but its cells are years: those of ${figures.label.trim() || 'the column beside it'}`,
      yearsOf: figures.index,
    };
  });
}
