import { columnLetter } from '../../domain/column-letter.ts';
import type { Decimal } from '../../domain/decimal.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import type { PrintedRate, Rounding } from '../../domain/rate-format.ts';
import { formatRateLike, parsePrintedRate } from '../../domain/rate-format.ts';
import type { YearOnYearFormula } from '../../domain/year-on-year.ts';
import { lastYearOf, yearOnYearRatio, YEAR_ON_YEAR_FORMULAS } from '../../domain/year-on-year.ts';
import { YEAR_ON_YEAR_MISMATCH, YEAR_ON_YEAR_UNREAD } from '../../domain/import-problem-kind.ts';
import type { ImportProblem } from '../import-problem.ts';
import type { ImportedKpi } from '../imported-report.ts';
import { withoutHeaderMarks } from './header-marks.ts';
import { namesYearOnYear } from './column-role.ts';
import type { Column, HeaderMap } from './header-map.ts';
import type { AlignedRow } from './row-alignment.ts';
import type { RowKindName, RowReading } from './table-reading.ts';
import { fileColumn } from './row-alignment.ts';
import { isNoRateMark } from './rate-cell.ts';
import { isUnreadable } from './table-reader.ts';

/**
 * The figures a column of changes against the year before is reckoned on: this year's and last
 * year's, or this year's and the difference printed beside it (last year's is their difference).
 */
export type YearOnYearOperands =
  | { readonly kind: 'years'; readonly thisYear: number; readonly lastYear: number }
  | { readonly kind: 'difference'; readonly thisYear: number; readonly difference: number };

/** A column read as changes against the year before, and how many of them its figures give. */
export interface YearOnYearReading {
  /** 1-based, as the reading's columns. */
  readonly column: number;
  readonly label: string;
  /** Named so by its header words (前年度比, 対前年度増減率), or found by what its cells are. */
  readonly found: 'words' | 'content';
  /** The columns (1-based) it is reckoned on; null where no two figures of its rows give it. */
  readonly operands: YearOnYearOperands | null;
  readonly formula: YearOnYearFormula | null;
  readonly rounding: Rounding;
  readonly printed: number;
  readonly matched: number;
}

/** One printed change against the year before, beside what its row's two figures give. */
export interface YearOnYearCheck {
  /** The 1-based column it is printed in, and its header. */
  readonly column: number;
  readonly label: string;
  /** As a rate is written (「-0.5%」 for 「△ 0.5」). */
  readonly printed: string;
  /** At the printed precision; null where the row's figures give none. */
  readonly computed: string | null;
  readonly match: boolean;
}

/** What the check of a table's changes against the year before finds. */
export interface YearOnYearResult {
  readonly columns: readonly YearOnYearReading[];
  /** By the KPI's row (as `ImportedKpi.row`). */
  readonly byRow: ReadonlyMap<number, readonly YearOnYearCheck[]>;
  readonly problems: readonly ImportProblem[];
}

/**
 * A change's words with no year named (「増減率」, 「伸び率」, 「増減比較(率)」, 「伸率」): a change
 * against the year before where the columns it is reckoned on are this year's and last year's.
 */
const CHANGE_RATE = /(?:増減|伸び?|変化|変動)(?:比較)?\(?率/;
/** Its own words say a rate (率, 比, %), not an amount (「増減 B-C」, 「対前年度 増減額」). */
const SAYS_RATE = /率|比(?!較)|%/;
/** A difference's words (増減額, 増減数, 差引, 「増減 B-C」): this year's less last year's. */
const SAYS_DIFFERENCE = /増減|差/;
/** This year's figure by its words (本年度, 当年度, 今年度, 当期), where no year is written. */
const THIS_YEAR_WORD = /本年度|当年度|今年度|当期/;
/** Last year's (前年度, 前年同期, 昨年度). */
const LAST_YEAR_WORD = /前年|昨年度/;
/** The roles of columns whose figures a change may be reckoned on. */
const FIGURE_ROLES = new Set(['baseline', 'actual', 'cumulative', 'target', 'difference', 'other']);
/** Of the pairs tried, no more figure columns than this (every pair of them is tried). */
const MAX_FIGURE_COLUMNS = 16;

const normal = (label: string) => withoutHeaderMarks(label).normalize('NFKC').replace(/\s+/g, '');

/** A column's own words under the block heading it, else its label (a header cell over two lines). */
function ownWords(c: Column): string {
  const own =
    c.block !== '' && c.label.startsWith(c.block) ? normal(c.label.slice(c.block.length)) : '';
  return own === '' ? normal(c.label) : own;
}

/** A change printed in a cell: alone (「△ 0.5」, 「98.4」, 「1.4」), or in brackets after the difference (「△44人(△0.1%)」). */
function printedChange(cell: string): PrintedRate | undefined {
  const alone = parsePrintedRate(cell);
  if (alone) return alone;
  const aside = parseFigureText(cell)?.aside;
  return aside?.kind === 'rate' ? parsePrintedRate(aside.printed) : undefined;
}

/** A cell's figure, null where it prints none. */
function figureIn(cell: string): Decimal | null {
  if (cell === '') return null;
  return parseFigureText(cell)?.figure.value ?? null;
}

/** The year a figure column's header names: its role's, else this year's or last year's by its words (0, −1). */
function yearOf(c: Column): number | null {
  if ('fiscalYear' in c.role && c.role.fiscalYear !== null) return c.role.fiscalYear;
  const words = normal(c.label);
  if (LAST_YEAR_WORD.test(words)) return -1;
  if (THIS_YEAR_WORD.test(words)) return 0;
  return null;
}

interface Candidate {
  readonly column: Column;
  readonly found: 'words' | 'content';
  /** By the data row's index: the printed change, or null where the cell prints none. */
  readonly printed: readonly (PrintedRate | null)[];
}

/**
 * The columns that print changes against the year before: by their words (前年度比, 前年度対比,
 * 対前年度増減率, or a change's words, 増減率, 伸び率, with a rate of their own), or, with no word
 * any rule knows, by their cells all being percentages; each cell a change (a dash or a cell the
 * copy lost, none). Never the KPI's rate column.
 */
function candidates(columns: readonly Column[], data: readonly AlignedRow[]): Candidate[] {
  const found: Candidate[] = [];
  for (const c of columns) {
    if (c.role.kind !== 'other' && c.role.kind !== 'difference') continue;
    const words = normal(c.label);
    const own = ownWords(c);
    const byWords = (namesYearOnYear(c.label) || CHANGE_RATE.test(words)) && SAYS_RATE.test(own);
    // With no words, only a column no rule gave a role, under a header naming no difference.
    if (!byWords && (c.role.kind !== 'other' || SAYS_DIFFERENCE.test(own))) continue;
    const printed = changesIn(c, data);
    const count = printed?.filter((p) => p !== null).length ?? 0;
    if (printed && count >= (byWords ? 1 : 2))
      found.push({ column: c, found: byWords ? 'words' : 'content', printed });
  }
  return found;
}

/** The changes a column prints by data row; null where a cell prints something else. */
function changesIn(c: Column, data: readonly AlignedRow[]): (PrintedRate | null)[] | null {
  const printed: (PrintedRate | null)[] = [];
  for (const row of data) {
    const cell = row.cells[c.index] ?? '';
    if (cell === '' || isNoRateMark(cell) || isUnreadable(cell)) {
      printed.push(null);
      continue;
    }
    const change = printedChange(cell);
    if (change === undefined || change.unrounded) return null;
    printed.push(change);
  }
  return printed;
}

/** A way to reckon a column's changes, with how well it fits the header. */
interface Way {
  readonly operands: YearOnYearOperands;
  readonly formula: YearOnYearFormula;
  /** Higher for this year's and last year's by their years, in the change's own block. */
  readonly fit: number;
}

/** The ways to try for a column: every pair of figure columns, and each with a difference beside it. */
function waysFor(candidate: Candidate, columns: readonly Column[], changes: ReadonlySet<number>) {
  const x = candidate.column;
  const figures = columns
    .filter((c) => c !== x && !changes.has(c.index) && FIGURE_ROLES.has(c.role.kind))
    .slice(0, MAX_FIGURE_COLUMNS);
  const ways: Way[] = [];
  for (const a of figures) {
    const yearA = yearOf(a);
    const inBlock = x.block !== '' && a.block === x.block ? 4 : 0;
    for (const b of figures) {
      if (a === b) continue;
      const yearB = yearOf(b);
      const consecutive = yearA !== null && yearB !== null && yearA - yearB === 1;
      // Found by content alone, a change is one of two columns whose headers name two years running.
      if (candidate.found === 'content' && !consecutive) continue;
      const fit = (consecutive ? 8 : 0) + inBlock;
      for (const formula of YEAR_ON_YEAR_FORMULAS)
        ways.push({
          operands: { kind: 'years', thisYear: a.index, lastYear: b.index },
          formula,
          fit: fit + 2,
        });
      if (
        candidate.found === 'words' &&
        SAYS_DIFFERENCE.test(ownWords(b)) &&
        !SAYS_RATE.test(ownWords(b))
      )
        for (const formula of YEAR_ON_YEAR_FORMULAS)
          ways.push({
            operands: { kind: 'difference', thisYear: a.index, difference: b.index },
            formula,
            fit: inBlock && b.block === x.block ? fit + 1 : fit,
          });
    }
  }
  return ways;
}

/** What a way gives for a row, at a printed change's precision; null where the figures give none. */
function computedBy(
  way: Way,
  row: AlignedRow,
  printed: PrintedRate,
  rounding: Rounding,
  figure: (row: AlignedRow, index: number) => Decimal | null,
): string | null {
  const { operands } = way;
  const thisYear = figure(row, operands.thisYear);
  if (thisYear === null) return null;
  const other = operands.kind === 'years' ? operands.lastYear : operands.difference;
  const second = figure(row, other);
  if (second === null) return null;
  const lastYear = operands.kind === 'years' ? second : lastYearOf(thisYear, second);
  const ratio = yearOnYearRatio(way.formula, thisYear, lastYear);
  return ratio === undefined ? null : unsignedZero(formatRateLike(ratio, printed, rounding));
}

/** 「-0.0%」 is 「0.0%」: a change that rounds to nothing has no sign (a printed 「△0.0」 neither). */
const unsignedZero = (rate: string) => (/^-0(?:\.0+)?%$/.test(rate) ? rate.slice(1) : rate);

interface Fitted {
  readonly way: Way | null;
  readonly rounding: Rounding;
  readonly computed: readonly (string | null)[];
  readonly matched: number;
}

/** The way and rounding that reproduce the most of a column's changes (the header's fit breaking a tie). */
function bestWay(
  candidate: Candidate,
  ways: readonly Way[],
  data: readonly AlignedRow[],
  figure: (row: AlignedRow, index: number) => Decimal | null,
): Fitted {
  let best: Fitted & { fit: number } = {
    way: null,
    rounding: 'half-up',
    computed: candidate.printed.map(() => null),
    matched: 0,
    fit: -1,
  };
  for (const way of ways)
    for (const rounding of ['half-up', 'truncate'] as const) {
      let matched = 0;
      const computed = candidate.printed.map((printed, i) => {
        const row = data[i];
        if (printed === null || row === undefined) return null;
        const value = computedBy(way, row, printed, rounding, figure);
        if (value === unsignedZero(printed.text)) matched += 1;
        return value;
      });
      if (matched > best.matched || (matched === best.matched && matched > 0 && way.fit > best.fit))
        best = { way, rounding, computed, matched, fit: way.fit };
    }
  return best;
}

/** 「C ÷ D」, 「(B − C) ÷ C」, 「H − I」 of last year's: the formula with its columns. */
export function yearOnYearFormulaText(
  operands: YearOnYearOperands,
  formula: YearOnYearFormula,
): string {
  const a = columnLetter(operands.thisYear);
  if (operands.kind === 'years') {
    const b = columnLetter(operands.lastYear);
    return formula === 'ratio' ? `${a} ÷ ${b}` : `(${a} − ${b}) ÷ ${b}`;
  }
  const d = columnLetter(operands.difference);
  return formula === 'ratio' ? `${a} ÷ (${a} − ${d})` : `${d} ÷ (${a} − ${d})`;
}

/**
 * Changes against the year before that a table prints beside its figures (水道事業 「前年度比」,
 * 決算概要 「対前年度 増減率」, 「増減比較(率)」 with the difference, a column of percentages under
 * no word beside two years' figures), each recomputed from its row's two figures: this year's
 * over last year's, or their change over last year's, at the printed precision, half up or cut
 * off, a minus printed △ or ▲; the way that reproduces most of a column is the column's. Kept
 * apart from the KPI's rate, never read as it: checked and counted on their own, each one its
 * figures do not give a 'rate' problem naming its row and column, and a column named so by its
 * words that no two figures give one problem saying so, never a silent success.
 */
export function checkYearOnYear(
  file: string,
  header: HeaderMap,
  data: readonly AlignedRow[],
  kpis: readonly ImportedKpi[],
  rows: readonly RowReading[],
): YearOnYearResult {
  const owners = ownersOf(kpis, rows);
  // Only a KPI's rows count (its own and the lines continuing it, 実績値 under 目標値): a title or
  // a header printed again is no change.
  const kpiRows = data.filter((r) => owners.has(r.row));
  const found = candidates(header.columns, kpiRows);
  if (found.length === 0) return { columns: [], byRow: new Map(), problems: [] };
  const changes = new Set(found.map((c) => c.column.index));
  const figures = new Map<string, Decimal | null>();
  const figure = (row: AlignedRow, index: number) => {
    const key = `${row.row}:${index}`;
    if (!figures.has(key)) figures.set(key, figureIn(row.cells[index] ?? ''));
    return figures.get(key) ?? null;
  };
  const columns: YearOnYearReading[] = [];
  const byRow = new Map<number, YearOnYearCheck[]>();
  const problems: ImportProblem[] = [];
  for (const candidate of found) {
    const printedOf = candidate.printed;
    const printed = printedOf.filter((p) => p !== null).length;
    const fitted = bestWay(candidate, waysFor(candidate, header.columns, changes), kpiRows, figure);
    // By content alone, a column is a change only where its figures give most of it.
    if (candidate.found === 'content' && (fitted.matched < 2 || fitted.matched * 2 <= printed))
      continue;
    const c = candidate.column;
    const label = c.label.trim();
    columns.push({
      column: c.index + 1,
      label,
      found: candidate.found,
      operands:
        fitted.matched === 0 || fitted.way === null ? null : fileOperands(fitted.way.operands),
      formula: fitted.matched === 0 ? null : (fitted.way?.formula ?? null),
      rounding: fitted.rounding,
      printed,
      matched: fitted.matched,
    });
    kpiRows.forEach((row, i) => {
      const rate = printedOf[i];
      if (rate === null || rate === undefined) return;
      const computed = fitted.matched === 0 ? null : (fitted.computed[i] ?? null);
      const match = computed !== null && computed === unsignedZero(rate.text);
      const owner = owners.get(row.row);
      if (owner === undefined) return;
      const list = byRow.get(owner.row) ?? [];
      list.push({ column: c.index + 1, label, printed: rate.text, computed, match });
      byRow.set(owner.row, list);
      if (match || fitted.matched === 0 || fitted.way === null) return;
      problems.push({
        kind: 'rate',
        file,
        row: row.row,
        column: fileColumn(row, c.index),
        message: `KPI ${owner.code}: the change against the year before printed ${rate.text} in column ${c.index + 1} ("${label}") ${YEAR_ON_YEAR_MISMATCH} ${computed ?? 'none'}, ${operandWords(fitted.way)}`,
      });
    });
    if (fitted.matched === 0)
      problems.push({
        kind: 'rate',
        file,
        row: header.rows[0]?.row ?? 1,
        column: c.index + 1,
        message: `column ${c.index + 1} ("${label}") prints ${printed} changes against the year before that ${YEAR_ON_YEAR_UNREAD}: kept as printed, none checked`,
      });
  }
  return { columns, byRow, problems };
}

/** 「this year's (column 8) over last year's (column 5)」: a way in words, its columns by number. */
function operandWords({ operands, formula }: Way): string {
  const a = `this year's (column ${operands.thisYear + 1})`;
  const last =
    operands.kind === 'years'
      ? `last year's (column ${operands.lastYear + 1})`
      : `last year's (column ${operands.thisYear + 1} less column ${operands.difference + 1})`;
  return formula === 'ratio' ? `${a} over ${last}` : `${a} less ${last}, over ${last}`;
}

/** The kinds of row that are a KPI's own or continue it with figures of its own. */
const KPI_LINES: ReadonlySet<RowKindName> = new Set([
  'kpi',
  'cumulative',
  'department',
  'total',
  'subtotal',
  'grand-total',
]);

/** Each data row a KPI owns (its own, and a line continuing it), by file row: the KPI's row and code. */
function ownersOf(
  kpis: readonly ImportedKpi[],
  rows: readonly RowReading[],
): Map<number, { readonly row: number; readonly code: string }> {
  const byCode = new Map<string, number>();
  for (const k of kpis) if (!byCode.has(k.kpi.code)) byCode.set(k.kpi.code, k.row);
  const owners = new Map(kpis.map((k) => [k.row, { row: k.row, code: k.kpi.code }]));
  for (const r of rows) {
    const row = r.kpi === null || !KPI_LINES.has(r.kind) ? undefined : byCode.get(r.kpi);
    if (row !== undefined && r.kpi !== null && !owners.has(r.row))
      owners.set(r.row, { row, code: r.kpi });
  }
  return owners;
}

/** Operands by 1-based column. */
function fileOperands(operands: YearOnYearOperands): YearOnYearOperands {
  return operands.kind === 'years'
    ? { kind: 'years', thisYear: operands.thisYear + 1, lastYear: operands.lastYear + 1 }
    : { kind: 'difference', thisYear: operands.thisYear + 1, difference: operands.difference + 1 };
}

/** A column of changes with its places moved (a spacer column read around put back). */
export function yearOnYearInFile(
  reading: YearOnYearReading,
  toFile: (column: number) => number,
): YearOnYearReading {
  const { operands } = reading;
  return {
    ...reading,
    column: toFile(reading.column),
    operands:
      operands === null
        ? null
        : operands.kind === 'years'
          ? {
              ...operands,
              thisYear: toFile(operands.thisYear),
              lastYear: toFile(operands.lastYear),
            }
          : {
              ...operands,
              thisYear: toFile(operands.thisYear),
              difference: toFile(operands.difference),
            },
  };
}
