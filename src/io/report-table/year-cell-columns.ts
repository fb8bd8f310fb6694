import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { headerDate } from './column-role.ts';
import { isPendingFigure } from '../../domain/figure-text.ts';
import { isUnreadable } from './table-reader.ts';

/** The figure roles whose year a column of its own may print, row by row. */
const DATED = new Set<Column['role']['kind']>(['baseline', 'target', 'actual']);

/** A header naming a year, not a figure: 基準年度, 目標年次, 策定時点. */
const YEAR_HEADER = /年度?|年次|時点/;

/**
 * A header naming when, of a column no word gives a role (最新値 | 時点, 数値 | 年月, 調査時期): the
 * dates of the figures beside it.
 */
const WHEN_HEADER =
  /^(?:年月日?|年度|年次|時点|時期|調査(?:年月?|時点|時期)|測定(?:年月?|時点|時期)|基準日|現在)$/;

/**
 * A cell or a header word wholly in brackets, without them: 女性活躍推進法「見える化」 一覧 「(時期)」
 * over 「(2020年度)」 is the when-word over a year, as 時期 over 2020年度 is.
 */
const unbracketed = (text: string): string => {
  const normal = text.normalize('NFKC').replace(/\s+/g, '');
  return /^\([^()]+\)$/.test(normal) ? normal.slice(1, -1) : normal;
};

/**
 * Whether a word, spaces and enclosing brackets aside, names when alone (時点, 年度, 調査時期,
 * 「(時期)」): {@link WHEN_HEADER}.
 */
export const namesWhen = (text: string): boolean => WHEN_HEADER.test(unbracketed(text));

/**
 * A year (R1, 平成30年度, 2019), or a date or month of one (R5.10, 令和6年3月末: its fiscal year),
 * in brackets too (「(2017年度)」).
 */
const cellYear = (cell: string, context: FiscalYearContext) => {
  const bare = unbracketed(cell);
  return parseFiscalYear(bare, context) ?? headerDate(bare) ?? undefined;
};

/** A header that is a year word alone, of a role or none: 基準年度, 目標年次, 年度. */
const YEAR_WORD_ALONE = /^(?:基準|目標|実績|計画|達成|中間)?(?:年度|年次)$/;

/** Every year, no one year: 毎年度, 毎年. */
const EVERY_YEAR = /^毎年度?$/;

/** A bare number of one or two digits, a year with neither era nor 年度 in a year column: 「21」. */
const BARE_NUMBER = /^\d{1,2}$/;

/**
 * The fiscal year a cell of a year column prints: a year as tables write one (R1, 平成30年度,
 * 2019), or a bare number of the table's era (矢掛町 事後評価調書 「基準年度」 over 「21」: H21;
 * with no era named, 平成 for 13 and above, as 「21年度」 reads). Undefined for any other cell.
 * @example yearCell('21', {}) // 2009
 */
export function yearCell(cell: string, context: FiscalYearContext): FiscalYear | undefined {
  const bare = unbracketed(cell);
  return (
    parseFiscalYear(bare, context) ??
    (BARE_NUMBER.test(bare) ? parseFiscalYear(`${bare}年度`, context) : undefined)
  );
}

/**
 * Whether every filled cell of a column's sample is a year (R1, 平成30年度, 2019, 21) or a date of
 * one (R5.10), one at least.
 */
function holdsYears(
  sample: readonly GridRow[],
  column: Column,
  context: FiscalYearContext,
): boolean {
  // A bare number is a year only under a header that is a year word alone (基準年度, 年度; not
  // 「目標値 (21年度)」, whose 「1」 is the target, nor 年度当初値, whose 「40」 is a figure).
  const read = !YEAR_WORD_ALONE.test(column.label.normalize('NFKC').replace(/\s+/g, ''))
    ? (cell: string) => cellYear(cell, context)
    : (cell: string) => yearCell(cell, context) ?? headerDate(cell) ?? undefined;
  let years = 0;
  for (const row of sample) {
    const cell = (row.cells[column.index] ?? '').trim();
    // A cell the copy lost (「?」) is neither for nor against it, nor is a target due every year
    // (山形市 「(毎年度)」 among 「(2024年度)」): of no one year.
    if (cell === '' || isUnreadable(cell) || EVERY_YEAR.test(unbracketed(cell))) continue;
    // The month a figure will be settled in (「H28.8確定見込」) is no year of one.
    if (isPendingFigure(cell) || read(cell) === undefined) return false;
    years += 1;
  }
  return years > 0;
}

/**
 * A column of the same role beside a year column, right of it first: the figures whose years
 * it prints (基準年度 R1 | 基準値 22.5%). Failing that, the figures of any dated role just left
 * of it, where a form prints each figure's year after it under a word that names no role or
 * another's (地域再生計画 事後評価調書: 「中間目標値 | 年度」, 「最終目標値 | 基準年度」 over 「89.0% |
 * 26」). Null when neither is there.
 */
function figuresBeside(
  columns: readonly Column[],
  years: Column,
  isYears: (c: Column) => boolean,
): Column | null {
  if (years.role.kind !== 'other')
    for (const step of [1, -1, 2, -2]) {
      const c = columns[years.index + step];
      if (c && c.role.kind === years.role.kind && !isYears(c)) return c;
    }
  const left = columns[years.index - 1];
  return left && DATED.has(left.role.kind) && !isYears(left) ? left : null;
}

/**
 * A column headed as a role's year (基準年度, 目標年度), or as a when where no word gives it a role
 * (最新値 | 時点, 目標値 | 年度), whose cells are years or dates, beside the column of those figures:
 * each row's year of those figures (a baseline of R1, a target of R6, an actual of 「R5.10」), kept
 * as printed, not read as figures. Columns of any other kind are as they were.
 */
export function withYearCellColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): Column[] {
  return withYearFigurePairs(withHeadedYearColumns(columns, sample, context), sample, context);
}

/** A column headed as a year (基準年度) or a when (年度, 時点) beside its figures' column. */
function withHeadedYearColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): Column[] {
  // A column headed as a role's year (基準年度), or one no word gives a role headed as a when
  // (年度, 時点, 年月), of years or dates alone.
  const isYears = (c: Column) =>
    c.because !== SET_BY_HAND &&
    c.yearsOf === undefined &&
    ((DATED.has(c.role.kind) && YEAR_HEADER.test(c.label)) ||
      (c.role.kind === 'other' && namesWhen(c.label))) &&
    holdsYears(sample, c, context);
  return columns.map((c) => {
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

/**
 * Whether every filled cell of a column's sample passes `test`, one at least; a cell the copy
 * lost (「?」) is neither for nor against it.
 */
function everyFilled(
  sample: readonly GridRow[],
  column: number,
  test: (cell: string) => boolean,
): boolean {
  let filled = 0;
  for (const row of sample) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '' || isUnreadable(cell)) continue;
    if (!test(cell)) return false;
    filled += 1;
  }
  return filled > 0;
}

/**
 * The column whose header word a column stands under: its own, or, where it has none, the
 * nearest one left of it whose columns up to it have none either (a word spanning its cells).
 */
function spanWord(columns: readonly Column[], index: number): Column | null {
  for (let i = index; i >= 0; i -= 1) {
    const c = columns[i];
    if (c === undefined || c.because === SET_BY_HAND) return null;
    if (c.label.trim() !== '') return c;
  }
  return null;
}

/**
 * Each figure printed after its year in a cell of its own, under a word spanning the pairs
 * (生物多様性とちぎ戦略 進捗状況: 「基準年」 over 「H21 | 0」, 「現 況」 over 「H26 | 6 | H27 | 6」,
 * 「目 標」 over 「H27 | 5」): a column of years or dates followed by one no word heads, of figures,
 * is the years of those figures, which take the role the spanning word gives (the baseline, each
 * actual, the target). A pair under a word of no figure's role is left as it was.
 * @example withYearFigurePairs(columns, sample, context) // 基準年 → years of the unheaded baseline
 */
function withYearFigurePairs(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): Column[] {
  const out = [...columns];
  const isFigure = (cell: string) => {
    const value = parseDescribedFigure(cell)?.parsed.figure.value;
    return typeof value === 'string' && cellYear(cell, context) === undefined;
  };
  for (let i = 0; i + 1 < out.length; i += 1) {
    const [years, figures] = [out[i], out[i + 1]];
    if (years === undefined || figures === undefined || years.yearsOf !== undefined) continue;
    if (figures.label.trim() !== '' || figures.role.kind !== 'other') continue;
    const word = spanWord(columns, i);
    if (word === null || !DATED.has(word.role.kind)) continue;
    if (!everyFilled(sample, i, (cell) => cellYear(cell, context) !== undefined)) continue;
    if (!everyFilled(sample, i + 1, isFigure)) continue;
    const under = word.label.trim();
    out[i] = {
      ...years,
      role: { kind: 'other' },
      because: `its cells are years under ${under}: those of the figures after them`,
      yearsOf: figures.index,
    };
    out[i + 1] = {
      ...figures,
      role: word.role,
      because: `no header of its own: the figures of ${under}, each after its year`,
    };
    i += 1;
  }
  return out;
}
