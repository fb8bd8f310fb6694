import { withPlanCorner } from './plan-corner.ts';
import { withoutCountDates } from './count-date.ts';
import { withoutProvisionalMarks } from './provisional-year.ts';
import { isSentenceLine } from './table-block.ts';
import { isGradeLine } from './grade-line.ts';
import { isNumberedGroupLine, planHeadingLevel } from './plan-heading.ts';
import type { Era, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { bareYearRun } from './bare-year-run.ts';
import {
  bareYearsEra,
  bareYearsBeforeReiwa,
  latestWrittenEra,
  parseFiscalYear,
  periodStart,
} from '../../domain/fiscal-year.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import type { ColumnRoleOverride } from '../../domain/column-role-name.ts';
import type { ColumnRole } from './column-role.ts';
import type { Rounding } from '../../domain/rate-format.ts';
import { classifyHeader, headerYear, roleByHand, statedUnit } from './column-role.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { GivenRole } from './cell-origin.ts';
import { assignFormulaColumns } from './formula-columns.ts';
import { withLetterRateGroups } from './letter-rate-groups.ts';
import { namedByRateFormula, rateFormulaLettersIn } from './formula-named-columns.ts';
import { withPresentState } from './present-state.ts';
import { startsWithKpiCode } from './label-cells.ts';
import { isDatedFigure } from './dated-figures.ts';
import { countedPlanStart } from './plan-year-count.ts';
import { withMeasureDifference } from './measure-difference.ts';
import { withEstimateColumns } from './estimate-columns.ts';
import { withIndicatorColumn } from './indicator-column.ts';
import { withTargetDate } from './target-date-column.ts';
import { withTargetYearColumn } from './target-year-column.ts';
import { withYearDifferences } from './year-differences.ts';
import { spannedRole } from './spanning-header-role.ts';
import { wordlessHeaderIndex } from './wordless-header.ts';
import { isFiguresRow, lostHeaderIndex } from './lost-header.ts';

/** A column of the table: its 0-based index, the header text over it, and its role. */
export interface Column {
  readonly index: number;
  readonly label: string;
  /** The label of the spanning header over it (a block such as "年度別達成状況 平成22年度"). */
  readonly block: string;
  readonly role: ColumnRole;
  /** The header words that gave the role. */
  readonly because: string;
  /** The unit the header states for the column's figures ("決算額（単位：千円）"). */
  readonly unit: string | null;
  /** The column (index) whose figures this column's cells print the years of (鳥取県 時点). */
  readonly yearsOf?: number;
  /** What a rewrite knows its rates are ({@link GivenRole.rateWords}), read as rate header words. */
  readonly rateWords?: string;
  /** A column with no header word that numbers the KPIs' lines (`unheaded-number-column.ts`). */
  readonly numbersRows?: true;
  /** A column with no header word that letters the KPIs' lines, A, B, B/A (`line-letters.ts`). */
  readonly lettersRows?: true;
  /** A column numbering groups of KPIs on each group's first line only (`unheaded-number-column.ts`). */
  readonly groupsRows?: true;
  /**
   * The group of a rate and the figures before it it is reckoned on, a KPI's measures side by
   * side in one row (role-search.ts `rateGroupsReading`): its name, a KPI per group.
   */
  readonly rateGroup?: string;
}

export interface HeaderMap {
  /** The header rows, in file order. */
  readonly rows: readonly GridRow[];
  readonly columns: readonly Column[];
  readonly context: FiscalYearContext;
  /** A year's actual is the sum of its actual columns (神川町's formula line: (②+③)÷①). */
  readonly summedActuals?: boolean;
  /** How the table rounds its printed rates, as the role search found (half up by default). */
  readonly rounding?: Rounding;
}

const MAX_HEADER_SEARCH = 15;

/**
 * Where the header is sought: the first rows of the table, up to {@link MAX_HEADER_SEARCH} of
 * them that are more than one cell; a sheet's title lines above it (one cell each: 事後評価
 * 報告シート's box of the plan, a label line then its value line) count for none, however many.
 */
function headerSearchEnd(rows: readonly GridRow[]): number {
  let wide = 0;
  for (const [i, row] of rows.entries())
    if (filled(row).length > 1 && ++wide > MAX_HEADER_SEARCH) return i;
  return rows.length;
}

function filled(row: GridRow): string[] {
  return row.cells.map((c) => c.trim()).filter((c) => c !== '');
}

/** The roles a rewrite gave its header cells ({@link GivenRole}), by row and 1-based column. */
export type GivenRoles = (row: number, column: number) => GivenRole | null;

const noneGiven: GivenRoles = () => null;

/** The header cells that name a known column: by a role a rewrite gave, else by their words. */
function roleCount(row: GridRow, given: GivenRoles): number {
  const years = bareYearRun(row.cells);
  const letters = rateFormulaLettersIn(row.cells);
  let count = 0;
  row.cells.forEach((cell, c) => {
    if (given(row.row, c + 1) !== null || years.has(c)) count += 1;
    else if (cell.trim() === '') return;
    else if (classifyHeader(cell).role.kind !== 'other') count += 1;
    else if (namedByRateFormula(cell, letters)) count += 1;
  });
  return count;
}

/**
 * The header rows with its years written as bare numbers ({@link bareYearRun}: 「21 | 22 | 23」)
 * given their 年度, as the words of a column and the era of the table are read; the columns keep
 * their labels as printed.
 */
function withBareYears(rows: readonly GridRow[]): readonly GridRow[] {
  let changed = false;
  const read = rows.map((row) => {
    const years = bareYearRun(row.cells);
    if (years.size === 0) return row;
    changed = true;
    return { ...row, cells: row.cells.map((c, i) => (years.has(i) ? `${c.trim()}年度` : c)) };
  });
  return changed ? read : rows;
}

/**
 * A column's first role: the one a rewrite gave it (in the year its header names, whatever
 * the words), else its header words'.
 */
function firstRole(
  label: string,
  block: string,
  given: GivenRole | null,
  context: FiscalYearContext,
): { role: ColumnRole; because: string; yearsOf?: number; rateWords?: string } {
  if (given === null) return spannedRole(label, block, context) ?? classifyHeader(label, context);
  const role = roleByHand(given.role, label.replace(/\s+/g, ''), context);
  const yearsOf = given.yearsOf === undefined ? {} : { yearsOf: given.yearsOf - 1 };
  const rateWords = given.rateWords === undefined ? {} : { rateWords: given.rateWords };
  return { role, because: given.because, ...yearsOf, ...rateWords };
}

/**
 * A grade printed alone in a cell (小国町 改革プラン 達成状況 「○」, or a word: 「達成」, 「未達成」,
 * 「概ね順調」): a KPI row's, no header word. Letters (A, B) are left out: a header line may print a
 * column's letter alone (目標 over A).
 */
const GRADE_MARK = /^\s*(?:[○◯〇◎●×✕]|未?達成|概ね(?:達成|順調)|順調|やや遅れ|遅れ)\s*$/;

/** A frequency, 「年4回」, 「月1回」: a figure of a KPI row, its unit after its period. */
const FREQUENCY = /^\s*(?:年|月|週|日)\s*\d+(?:\.\d+)?\s*回\s*$/;

/**
 * A row under the first header row that still belongs to it: years and words, no figures. The
 * row under it, where given, tells a group's line over its items (「1お茶の博物館推進事業」 over 「①…」).
 */
function continuesHeader(row: GridRow, next?: GridRow): boolean {
  const cells = filled(row);
  // A line naming a level of the plan (「基本目標１ …」) heads the rows under it.
  if (cells.length === 1 && planHeadingLevel(cells[0] ?? '') !== null) return false;
  if (cells.length === 1 && next && isNumberedGroupLine(cells[0] ?? '', filled(next)[0]))
    return false;
  return cells.every(
    (cell) =>
      !startsWithKpiCode(cell) &&
      !GRADE_MARK.test(cell) &&
      !FREQUENCY.test(cell) &&
      !isDatedFigure(cell) &&
      !withFigureBeside(cell) &&
      (parseFiscalYear(cell) !== undefined ||
        headerYear(cell) !== null ||
        parseFigureText(cell) === undefined),
  );
}

/**
 * A line of an item and what it is (施策評価シート 「施策名 | 地域福祉の推進」, 「担当課 | 福祉課」)
 * above a header of its own first cell and wider: its first two cells alone, no header spanning
 * the columns below, but a title line of the sheet. A first cell a rewrite gave a role counts as
 * the header's own though printed empty (宇陀市 「基本目標 | ひと …」 over boxes keyed KPI(1), KPI(2)).
 */
function isRecordLine(row: GridRow, below: GridRow, cornerGiven: boolean): boolean {
  const cells = row.cells.map((c) => c.trim());
  const under = below.cells.map((c) => c.trim());
  return (
    cells.filter((c) => c !== '').length === 2 &&
    cells[0] !== '' &&
    cells[1] !== '' &&
    ((under[0] ?? '') !== '' || cornerGiven) &&
    under.filter((c) => c !== '').length >= 4
  );
}

/**
 * A figure with something in brackets after it: what it is made of (「33.0% (234.6t/710.5t)」),
 * its rank (長野県 「1.56 (全国16位)」) or the year it stands for (「1.62 (H29年)」). A figure, though
 * its only words are a year.
 */
function withFigureBeside(cell: string): boolean {
  // The cheap test first: this runs on the cells of the rows under the header.
  if (!/^\s*[-▲△]?\d/.test(cell) || !/[(（]/.test(cell)) return false;
  const described = parseDescribedFigure(cell);
  return (described?.beside ?? null) !== null || (described?.fiscalYear ?? null) !== null;
}

/** The era written in the headers, for years printed without one ("30年度"). */
function headerEra(rows: readonly GridRow[]): Era | undefined {
  const text = rows.flatMap(filled).join(' ').normalize('NFKC');
  if (bareYearsBeforeReiwa(text)) return 'H';
  return latestWrittenEra(text) ?? bareYearsEra(text);
}

/**
 * The years of the table: their era, and the plan's first year the title or header names (or,
 * for years counted 「第2年度目」 with no period named, the year after the baseline's).
 */
function yearContext(titles: readonly GridRow[], header: readonly GridRow[]): FiscalYearContext {
  const era = headerEra(header);
  const named = periodStart([...titles, ...header].flatMap(filled).join(' '));
  const planStart =
    named ??
    countedPlanStart(
      columnLabels(header).map((c) => c.label),
      era ? { defaultEra: era } : {},
      titles.flatMap(filled),
    );
  return { ...(era ? { defaultEra: era } : {}), ...(planStart ? { planStart } : {}) };
}

/** Joins the header rows per column; a blank top cell under a spanning header inherits it. */
function columnLabels(rows: readonly GridRow[]): { label: string; block: string }[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const top = rows[0]?.cells ?? [];
  const labels: { label: string; block: string }[] = [];
  let block = '';
  for (let index = 0; index < width; index += 1) {
    const own = (top[index] ?? '').trim();
    const lower = rows.slice(1).map((r) => (r.cells[index] ?? '').trim());
    const hasLower = lower.some((c) => c !== '');
    if (own !== '') block = own;
    const head = own !== '' ? own : hasLower ? block : '';
    if (own === '' && !hasLower) block = '';
    labels.push({ label: [head, ...lower].filter((c) => c !== '').join(' '), block: head });
  }
  return labels;
}

/**
 * Finds the header rows of a progress table (the first row naming two or more known columns,
 * and the rows under it that hold only years and words) and maps every column to its role:
 * the one a rewrite gave it ({@link GivenRoles}), else its words'; a role set by hand (the
 * import page's correction) replaces either.
 * Undefined when no row looks like a header.
 */
export function findHeader(
  rows: readonly GridRow[],
  overrides: readonly ColumnRoleOverride[] = [],
  given: GivenRoles = noneGiven,
): { header: HeaderMap; dataStart: number } | undefined {
  const searched = rows.slice(0, headerSearchEnd(rows));
  // A row of a KPI's figures names no column, whatever words it holds, nor does a line of a
  // word and a sentence (「現 状 | …で実施」), nor a line stating a grade (「成果指標の達成度 |
  // 目標値より高い」: 達成度 and 目標値 no columns); a row of cells all lost is the header where no
  // row names its columns.
  let start = searched.findIndex(
    (row) =>
      roleCount(row, given) >= 2 && !isFiguresRow(row) && !isSentenceLine(row) && !isGradeLine(row),
  );
  if (start < 0) start = lostHeaderIndex(searched);
  if (start < 0) start = wordlessHeaderIndex(searched);
  if (start < 0) return undefined;
  // A spanning row above it ("全体計画の進捗状況 | 年度別達成状況 平成22年度") belongs to the header;
  // a title line (one cell) does not, nor a line stating a grade (「成果指標の達成度 | 目標値より高い」).
  while (
    start > 0 &&
    filled(rows[start - 1] as GridRow).length >= 2 &&
    !isSentenceLine(rows[start - 1] as GridRow) &&
    !isGradeLine(rows[start - 1] as GridRow) &&
    !isRecordLine(
      rows[start - 1] as GridRow,
      rows[start] as GridRow,
      given((rows[start] as GridRow).row, 1) !== null,
    ) &&
    continuesHeader(rows[start - 1] as GridRow)
  ) {
    start -= 1;
  }
  let end = start + 1;
  while (
    end < rows.length &&
    end - start < 4 &&
    continuesHeader(rows[end] as GridRow, rows[end + 1])
  )
    end += 1;
  const headerRows = rows.slice(start, end);
  const yearsRead = withBareYears(withoutCountDates(withoutProvisionalMarks(headerRows)));
  const context = yearContext(rows.slice(0, start), yearsRead);
  const givenTo = (index: number) =>
    headerRows.reduce<GivenRole | null>((g, r) => g ?? given(r.row, index + 1), null);
  const labels = columnLabels(headerRows);
  const read = yearsRead === headerRows ? labels : columnLabels(yearsRead);
  // A spanning header over two columns or more (計画前年度実績 over 実績値 | 乖離値), not a
  // column's own top cell over a second line of its values (栃木県 設定時の値 over H22の目標値).
  const spanning = (index: number) => {
    const block = labels[index]?.block ?? '';
    return block !== '' && [index - 1, index + 1].some((i) => labels[i]?.block === block);
  };
  const columns = labels.map(({ label, block }, index) => ({
    index,
    label,
    block,
    ...firstRole(
      read[index]?.label ?? label,
      spanning(index) ? block : '',
      givenTo(index),
      context,
    ),
    unit: statedUnit(label),
  }));
  return {
    header: {
      rows: headerRows,
      columns: setByHand(
        withYearDifferences(
          withIndicatorColumn(
            withEstimateColumns(
              withMeasureDifference(
                withPresentState(
                  withLetterRateGroups(
                    assignFormulaColumns(
                      withTargetYearColumn(withTargetDate(withPlanCorner(columns))),
                    ),
                  ),
                ),
              ),
            ),
          ),
          context,
        ),
        overrides,
        context,
      ),
      context,
    },
    dataStart: end,
  };
}

/** Replaces the role of each column a person named; a column past the header's width is none. */
function setByHand(
  columns: Column[],
  overrides: readonly ColumnRoleOverride[],
  context: FiscalYearContext,
): Column[] {
  if (overrides.length === 0) return columns;
  const byColumn = new Map(overrides.map((o) => [o.column - 1, o.role]));
  return columns.map((c) => {
    const name = byColumn.get(c.index);
    if (name === undefined) return c;
    const role = roleByHand(name, c.label.trim() === '' ? c.block : c.label, context);
    return { ...c, role, because: SET_BY_HAND };
  });
}

/** Why a column has the role a person gave it. */
export const SET_BY_HAND = 'set by hand';
