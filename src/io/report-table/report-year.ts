import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { fiscalYear, formatFiscalYear, parseFiscalYear } from '../../domain/fiscal-year.ts';
import { columnLetter } from '../../domain/column-letter.ts';
import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';
import type { Column, HeaderMap } from './header-map.ts';
import type { AlignedRow } from './row-alignment.ts';
import type { FiscalYearReading } from './table-reading.ts';
import type { ImportedKpi } from '../imported-report.ts';
import { latestCellYear } from './cell-years.ts';
import { withoutYearSpans } from './year-span.ts';
import { actualsYearLine } from './actuals-year-line.ts';

const yearOf = (c: Column): FiscalYear | null =>
  'fiscalYear' in c.role ? c.role.fiscalYear : null;

/** The column naming the latest year among those of the given roles. */
function latestColumn(columns: readonly Column[]): Column | undefined {
  return columns.reduce<Column | undefined>((best, c) => {
    const year = yearOf(c);
    return year !== null && (best === undefined || year > (yearOf(best) ?? 0)) ? c : best;
  }, undefined);
}

/** A cell with a figure, with words or the year it was measured around it (「68.0% (24年度)」). */
const hasValue = (text: string | undefined): boolean => {
  const figure = text ? parseDescribedFigure(text)?.parsed.figure : undefined;
  return figure !== undefined && (figure.value !== null || figure.secondary !== null);
};

function fromColumn(
  column: Column,
  source: FiscalYearReading['source'],
  because: string,
): FiscalYearReading | undefined {
  const year = yearOf(column);
  if (year === null) return undefined;
  return {
    year,
    source,
    column: column.index + 1,
    because: `${because} (column ${columnLetter(column.index + 1)})`,
  };
}

/**
 * A title's date of a month a sheet was made or judged on (事後評価 「…により評価(平成28年4月)」,
 * 「評価を行い確定(平成28年4月)」), not a count as of a day (「…4月1日現在」, 「…末時点」): after the
 * year it reports on, so weighed after the years the actuals' cells print.
 */
const MADE_ON =
  /(?:平成|令和|昭和|[HR])\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月(?!\s*(?:\d{1,2}\s*日)?\s*(?:現在|時点|末))/;

/**
 * The report's fiscal year, and where it came from: the option when given; else the year a
 * narrative header names (Yuzawa "R5年度 取組内容等"); else the latest year column that has
 * actuals (a table printing R6–R8 columns still empty reports R5); else, with no column of
 * actuals naming a year, a line above naming its year's 実績 ({@link actualsYearLine}:
 * 「■平成26年度実績データ」); else a title line's year ("主な指標（令和5年度）"); else the latest year printed for the actuals, in their cells
 * (「61.2%（R4）」) or in a column of years beside them (実績年 H30); else
 * a title's date of a month the sheet was made on ({@link MADE_ON}); else
 * the latest year column or the target's year; else the year the
 * file's name gives (三田市's table names none, its page is h20_koukagaku.html).
 * Undefined only when no year is written anywhere.
 */
export function settleReportYear(
  header: HeaderMap,
  rows: readonly AlignedRow[],
  titleRows: readonly GridRow[],
  option: FiscalYear | undefined,
  file = '',
): FiscalYearReading | undefined {
  if (option !== undefined)
    return { year: option, source: 'option', column: null, because: 'given' };
  const columns = header.columns;
  const narrative = latestColumn(columns.filter((c) => c.role.kind === 'narrative'));
  if (narrative) return fromColumn(narrative, 'header', `the header "${narrative.label}"`);
  const yearColumns = columns
    .filter((c) => (c.role.kind === 'actual' || c.role.kind === 'cumulative') && yearOf(c) !== null)
    .sort((a, b) => (yearOf(b) ?? 0) - (yearOf(a) ?? 0));
  const withActuals = yearColumns.find((c) => rows.some((r) => hasValue(r.cells[c.index])));
  const laterTitle = withActuals ? titleAfterPastYears(columns, rows, titleRows, header) : null;
  if (withActuals && laterTitle === null)
    return fromColumn(withActuals, 'inferred', 'the latest year column with actuals');
  // A line heading the figures with their year's 実績 (相模原市 「■平成26年度実績データ」 under the
  // title 「平成27年度 …」) names the year of actuals no column names: before a title's plain year.
  if (yearColumns.length === 0) {
    const line = actualsYearLine([...titleRows, ...header.rows], header.context);
    if (line !== null)
      return {
        year: line.year,
        source: 'title',
        column: null,
        because: `the line "${line.text}", naming the year of the actuals`,
      };
  }
  // A note (八頭町 「※1 平成27年度職員数については…」) names a year it explains, not the report's.
  const titles = titleRows
    .flatMap((r) => r.cells)
    .filter((text) => !/^\s*[※＊*]/.test(text))
    // A plan's period (桑名市 「期間【H28-R46】」) names no year of the report.
    .map((text) => ({
      text: text.trim(),
      year: headerYear(withoutYearSpans(text), header.context),
    }))
    .filter((cell) => cell.year !== null);
  const title = titles.find((cell) => !MADE_ON.test(cell.text));
  const fromTitle = (cell: { text: string; year: FiscalYear | null } | undefined) =>
    cell?.year
      ? {
          year: cell.year,
          source: 'title' as const,
          column: null,
          because: `the title "${cell.text}"`,
        }
      : undefined;
  if (title?.year) return fromTitle(title);
  if (laterTitle !== null) return fromTitle(laterTitle);
  const printed = latestCellYear(columns, rows, header.context);
  if (printed)
    return {
      year: printed.year,
      source: 'inferred',
      column: printed.column.index + 1,
      because: `the latest year printed for the actuals (column ${columnLetter(printed.column.index + 1)})`,
    };
  const madeOn = fromTitle(titles[0]);
  if (madeOn) return madeOn;
  const [latest] = yearColumns;
  if (latest)
    return fromColumn(latest, 'inferred', 'the latest year column, none with actuals yet');
  const target = columns.find((c) => c.role.kind === 'target' && yearOf(c) !== null);
  if (target)
    return fromColumn(target, 'inferred', `the target's year, no column naming a year of actuals`);
  const named = fileNameYear(file);
  if (named === null) return undefined;
  const because = `the file name "${named.name}", the table naming no year`;
  return { year: named.year, source: 'inferred', column: null, because };
}

/**
 * The fiscal year a file's name gives: "sanda-gyoseikaikaku-h20.tsv" → H20, "kpi_r5.xlsx" → R5,
 * "2023年度進捗.csv" → 2023; a letter and digits inside a word ("ch20") give none.
 */
export function fileNameYear(file: string): { year: FiscalYear; name: string } | null {
  const name = file.replace(/^.*[\\/]/, '');
  const stem = name.replace(/\.[^.]+$/, '').normalize('NFKC');
  const token =
    /(?<![a-z])(?:(?:令和|平成|[hr])(?:元|\d{1,2})|(?:19|20)\d{2})(?![\d])(?:年度?)?/i.exec(
      stem,
    )?.[0];
  const year = token === undefined ? undefined : parseFiscalYear(token);
  return year === undefined ? null : { year, name };
}

/**
 * The year a plan's own indicator table (no year measured yet) stands for: the plan's first,
 * the year after its baselines' (福島市 現状値 H26 → H27), not its target's, so that an import
 * into a plan dates what it adds from where the plan starts. The year read otherwise when it was
 * given (--fy) or no baseline names a year.
 */
export function planTableYear(
  read: FiscalYearReading,
  kpis: readonly ImportedKpi[],
  header: HeaderMap,
): FiscalYearReading {
  if (read.source === 'option') return read;
  const years = kpis.flatMap((k) =>
    k.kpi.baseline?.fiscalYear ? [k.kpi.baseline.fiscalYear] : [],
  );
  if (years.length === 0) return read;
  const base = Math.max(...years);
  const column = header.columns.find((c) => c.role.kind === 'baseline');
  return {
    year: fiscalYear(base + 1),
    source: 'inferred',
    column: column ? column.index + 1 : null,
    because: `the year after the baselines' (${formatFiscalYear(fiscalYear(base))}), a plan's own table with no year measured yet`,
  };
}

/**
 * A title's year after every year column of actuals, where a column of actuals naming no year
 * holds figures too (武蔵野市 経営目標評価シート: 過去の実績 平成24年度 … 平成26年度, then 実績値 under
 * the sheet's 「平成27年度…評価シート」): the years printed are the past, the yearless results the
 * title's year. Null for any other table (the latest year column is then the report's).
 */
function titleAfterPastYears(
  columns: HeaderMap['columns'],
  rows: readonly AlignedRow[],
  titleRows: readonly GridRow[],
  header: HeaderMap,
): { text: string; year: FiscalYear } | null {
  const yearless = columns.some(
    (c) =>
      c.role.kind === 'actual' &&
      yearOf(c) === null &&
      rows.some((r) => hasValue(r.cells[c.index])),
  );
  if (!yearless) return null;
  const latest = Math.max(
    ...columns.filter((c) => c.role.kind === 'actual').map((c) => yearOf(c) ?? 0),
  );
  for (const text of titleRows.flatMap((r) => r.cells)) {
    if (/^\s*[※＊*]/.test(text) || MADE_ON.test(text)) continue;
    const year = headerYear(withoutYearSpans(text), header.context);
    if (year !== null && year > latest) return { text: text.trim(), year };
  }
  return null;
}
