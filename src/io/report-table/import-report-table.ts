import { withRelativeYears } from './relative-years.ts';
import type { ColumnRoleOverride } from '../../domain/column-role-name.ts';
import { withSentenceGradeColumns } from './sentence-grade-columns.ts';
import { withStatusWordColumns } from './status-word-column.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { tableGradeScale } from './table-grade-scale.ts';
import { inferRatePrecision } from '../../domain/rate-format.ts';
import type { Grid, GridRow } from '../grid.ts';
import { contentRows } from '../grid.ts';
import { ImportError } from '../import-problem.ts';
import type { ImportProblem } from '../import-problem.ts';
import { sampleRows, withTextColumnsRead } from './column-contents.ts';
import { withMarkColumnsNamingNone } from './mark-name-column.ts';
import { figureWordRowsReason } from './figure-word-rows.ts';
import { secondHeaderReason } from './second-header.ts';
import { withForeignUnitColumns } from './foreign-unit-columns.ts';
import { withSpanTarget } from './span-target-column.ts';
import { withUnitColumns } from './unit-column.ts';
import { withYearCellColumns } from './year-cell-columns.ts';
import { gradesOnly, withYearGradeColumns } from './year-grades.ts';
import { withNamedFigureColumns } from './named-figures.ts';
import { withFigureGradeColumnsRead } from './figure-grade-columns.ts';
import { withOwnUnitYearColumn } from './own-unit-year-column.ts';
import { withTitleYears } from './title-column-years.ts';
import { unlabelledTotals } from './unlabelled-total.ts';
import type { RoleProposal, RoleReading } from './role-search.ts';
import type { Rounding } from '../../domain/rate-format.ts';
import { proposeRoles } from './role-search.ts';
import { unplacedAsPrinted, withHalfWidthFigures } from './full-width-figures.ts';
import { withoutEmptyColumns } from './empty-columns.ts';
import { unreadRates } from './unread-rates.ts';
import { checkYearOnYear } from './year-on-year.ts';
import type { ImportedKpi, ImportedReport } from '../imported-report.ts';
import type { YearOnYearCheck } from './year-on-year.ts';
import type { GivenRoles, HeaderMap } from './header-map.ts';
import { statedUnit, statedUnits } from './column-role.ts';
import { findHeader } from './header-map.ts';
import { otherTableCells, otherTableStart } from './other-table-start.ts';
import { assignLineFormula, formulaLine } from './formula-line.ts';
import { withDatedColumns } from './dated-figures.ts';
import { summaryTableReason } from './summary-table.ts';
import { gradeCountLinesReason } from './grade-count-lines.ts';
import { ratesByContent } from './percent-column.ts';
import { withRateYearRun } from './rate-year-run.ts';
import { withUnheadedSpanColumns } from './unheaded-span-columns.ts';
import { partAsActual } from './part-of-whole.ts';
import { fractionRateColumns } from './fraction-rates.ts';
import { turnTable } from './turned-table.ts';
import { placesInFile } from './turned-places.ts';
import { planPeriod } from './report-period.ts';
import { planTableYear, settleReportYear } from './report-year.ts';
import type { AlignedRow } from './row-alignment.ts';
import { alignRow } from './row-alignment.ts';
import { missingActuals, noYear, nothingRead, planTableReason } from './missing-role.ts';
import { uncheckedRates } from './unchecked-rates.ts';
import { TableReader, kpiColumnOf } from './table-reader.ts';
import { numberColumnOf } from './number-column.ts';
import { withUnheadedNumberColumn } from './unheaded-number-column.ts';
import { withNamesByContents } from './names-by-contents.ts';
import { withRateWordNameColumn } from './rate-word-names.ts';
import { withLineLetterColumn } from './line-letters.ts';
import { ratioLines } from './ratio-lines.ts';
import { titleTargets, type TitleTarget } from './title-targets.ts';
import type { ColumnReading, RowReading, TableReading } from './table-reading.ts';
import type { Plan } from '../../domain/model.ts';

export interface ImportOptions {
  /** The report's fiscal year; read off the headers or inferred from the columns when not given. */
  readonly fiscalYear?: FiscalYear;
  readonly planName?: string;
  /** Roles set by hand (the import page, a saved mapping), by 1-based column: they win over the header's. */
  readonly columnRoles?: readonly ColumnRoleOverride[];
  /** Of a workbook, the worksheet to read; else the first with content. */
  readonly sheet?: string;
}

function columnReadings(header: HeaderMap, kpiColumn: number | null): ColumnReading[] {
  const numbers = numberColumnOf(header.columns, kpiColumn);
  return header.columns.map((c) => {
    const namesKpis = c.index === kpiColumn && c.role.kind !== 'kpi';
    const because = namesKpis
      ? `no KPI column: it names the KPIs (${c.because})`
      : c.index === numbers
        ? c.lettersRows === true
          ? `${c.because}, kept as their codes`
          : `the KPIs' numbers beside their names, kept as their codes ("${c.label.trim()}")`
        : c.because;
    return {
      column: c.index + 1,
      label: c.label,
      role: namesKpis || c.index === numbers ? 'kpi' : c.role.kind,
      fiscalYear: 'fiscalYear' in c.role ? c.role.fiscalYear : null,
      because,
      unit: c.unit,
    };
  });
}

/** Title and header rows: their cells placed as what they are, so every cell is accounted for. */
function headingRows(rows: readonly GridRow[], kind: 'header' | 'title'): RowReading[] {
  return rows.map((r) => ({
    row: r.row,
    kind,
    kpi: null,
    shift: 0,
    fields: r.cells.map((text) => (text.trim() === '' ? null : kind)),
  }));
}

/**
 * The unit a title line or a header note with no column of its own ("（単位：千円）") states
 * for the whole table, or for the kind of figure the actuals are (富士市 事業費:千円); '' when
 * none does.
 */
function tableUnit(titles: readonly GridRow[], header: HeaderMap): string {
  const figures = header.columns.find((c) => c.role.kind === 'actual');
  const perFigure = titles
    .flatMap((r) => r.cells.flatMap(statedUnits))
    .find((u) => figures?.label.includes(u.word));
  if (perFigure) return perFigure.unit;
  const notes = header.columns.filter((c) => c.role.kind === 'other').map((c) => c.unit);
  const stated = [...titles.flatMap((r) => r.cells.map(statedUnit)), ...notes];
  return stated.find((unit) => unit !== null) ?? '';
}

/** The header with the roles a formula line above it gives its columns (神川町 (②+③)÷①). */
function withLineFormula(header: HeaderMap, titles: readonly GridRow[]): HeaderMap {
  const formula = formulaLine(titles);
  if (!formula) return header;
  const columns = assignLineFormula(header.columns, formula, header.context);
  return { ...header, columns, summedActuals: formula.numerator.length > 1 };
}

/**
 * Reads a KPI progress table (already split into cells) into a plan: finds the header rows,
 * maps columns by meaning, repairs rows that PDF extraction shifted or broke, and accounts for
 * every non-empty cell (placed in the plan or listed as unplaced with its row and column).
 * What it doubts is returned as problems, and how it read the table as `reading`.
 * A table lacking a column of actuals or a report year is read as far as it can be, with a
 * 'role' problem (an import refuses it); ImportError only when the grid is not a progress table.
 * @example const report = importReportTable(readTsv('r5.tsv', text), { planName: '大綱' });
 */
/** The text the file prints at a place (1-based row and column), '' where it prints none. */
function fileCells(rows: readonly GridRow[]): (row: number, column: number) => string {
  const byRow = new Map(rows.map((r) => [r.row, r.cells]));
  return (row, column) => (byRow.get(row)?.[column - 1] ?? '').trim();
}

export function importReportTable(grid: Grid, options: ImportOptions = {}): ImportedReport {
  // Columns empty on every row (a spacer column) are read around, the places put back.
  const empty = withoutEmptyColumns(grid);
  if (empty === null) return importTable(grid, options);
  const roles = options.columnRoles;
  try {
    return empty.report(
      importTable(
        empty.grid,
        roles ? { ...options, columnRoles: empty.overrides(roles) } : options,
      ),
    );
  } catch (error) {
    throw empty.error(error);
  }
}

function importTable(grid: Grid, options: ImportOptions): ImportedReport {
  const printed = contentRows(grid.rows);
  if (printed.length === 0) throw new ImportError(grid.file, 'the file has no rows');
  // Figures typed in full width read as half width; the cells left over listed as printed.
  const rows = withHalfWidthFigures(printed);
  const report = importRows(grid, rows, options);
  if (rows === printed) return report;
  return { ...report, unplaced: unplacedAsPrinted(report.unplaced, printed, rows) };
}

function importRows(grid: Grid, rows: readonly GridRow[], options: ImportOptions): ImportedReport {
  const turned = turnTable(rows);
  if (!turned) {
    const other = otherTableStart(rows);
    if (other === null)
      return withFigureWordRowsRefused(grid, readTable(grid, rows, options), options);
    // A second table under a header of its own (若狭町): the first read, the second's cells listed.
    const first = readTable(grid, rows.slice(0, other), options);
    const unplaced = [...first.unplaced, ...otherTableCells(grid.file, rows.slice(other))];
    return withFigureWordRowsRefused(grid, { ...first, unplaced }, options);
  }
  try {
    return withFigureWordRowsRefused(
      grid,
      placesInFile(
        readTable(grid, turned.rows, options, turned.given, turned.tableStarts),
        turned,
        fileCells(rows),
      ),
      options,
    );
  } catch (error) {
    if (!(error instanceof ImportError) || error.row === null) throw error;
    const place = turned.origin(error.row, error.column ?? 1);
    throw new ImportError(
      grid.file,
      error.reason,
      error.column === null ? { row: place.row } : place,
    );
  }
}

/**
 * The report, unless half or more of what it read as KPIs are lines named by a kind of figure
 * (目標, 実績): then refused, saying so ({@link figureWordRowsReason}). Roles set by hand stay.
 */
function withFigureWordRowsRefused(
  grid: Grid,
  report: ImportedReport,
  options: ImportOptions,
): ImportedReport {
  if ((options.columnRoles ?? []).length > 0) return report;
  const reason = figureWordRowsReason(report.kpis);
  if (reason === null) return report;
  throw new ImportError(grid.file, reason, { row: report.kpis[0]?.row ?? 1 });
}

/** Reads the table's rows, as they are or turned ({@link turnTable}, with the roles it gave). */
function readTable(
  grid: Grid,
  rows: readonly GridRow[],
  options: ImportOptions,
  given?: GivenRoles,
  tableStarts?: ReadonlySet<number>,
): ImportedReport {
  const found = findHeader(rows, options.columnRoles, given);
  if (!found) {
    // Lines of a grade's count and share (木津川市 「A:良好に進捗 … 46項目(46.5%)」): refused as a summary.
    const summary = gradeCountLinesReason(rows);
    if (summary !== null) throw new ImportError(grid.file, summary.reason, { row: summary.row });
    throw new ImportError(
      grid.file,
      'no header row found (expected columns such as 指標, 実績値, 目標値, 達成率)',
      { row: rows[0]?.row ?? 1 },
    );
  }
  const { dataStart } = found;
  const headerRow = found.header.rows[0]?.row ?? 1;
  const titles = rows.filter((r) => r.row < headerRow);
  const first = withDatedColumns(
    withTitleYears(withLineFormula(found.header, titles), titles),
    rows.slice(dataStart),
  );
  const sample = sampleRows(rows.slice(dataStart));
  // A text column the words took for the target is the names' by now: a period alone may be it.
  const readFirst = withSpanTarget(
    withSentenceGradeColumns(
      withTextColumnsRead(
        withStatusWordColumns(
          withMarkColumnsNamingNone(withYearGradeColumns(first.columns, sample), sample),
          sample,
        ),
        sample,
      ),
      sample,
    ),
  );
  const unitsRead = withUnitColumns(
    withForeignUnitColumns(
      withRateYearRun(
        withNamedFigureColumns(
          withOwnUnitYearColumn(
            withFigureGradeColumnsRead(readFirst, sample, first.context),
            sample,
            first.context,
          ),
          sample,
        ),
        sample,
      ),
      sample,
    ),
    sample,
  );
  const firstColumns = withRateWordNameColumn(
    withNamesByContents(
      withUnheadedNumberColumn(withLineLetterColumn(unitsRead, sample), sample),
      sample,
    ),
    sample,
  );
  const header: HeaderMap = {
    ...first,
    columns: withUnheadedSpanColumns(
      withYearCellColumns(firstColumns, sample, first.context),
      sample,
    ),
  };
  // A second table under a header of its own (大垣市's breakdown) is not read as KPIs: refused.
  const second = secondHeaderReason(header, rows.slice(dataStart));
  if (second !== null) throw new ImportError(grid.file, second, { row: headerRow });
  // A summary of indicator counts (安平町) is not a KPI table: refused, saying so.
  if (!header.columns.some((c) => c.role.kind === 'actual')) {
    const reason = summaryTableReason(header, rows.slice(dataStart));
    if (reason !== null) throw new ImportError(grid.file, reason, { row: headerRow });
  }
  const read = (h: HeaderMap) => readBy(grid, rows, dataStart, titles, h, options, tableStarts);
  if ((options.columnRoles ?? []).length > 0)
    return withRoles(
      read(header),
      byHeader('set by hand', 'roles set by hand; the header words give the others'),
    );
  // A column of percentages no word names (対目標比, 実績/目標): read as the rates when the
  // figures reproduce one of them at least, else as it was.
  const rates = ratesByContent(header.columns, sample);
  if (rates === null) return withFractionRates(header, sample, read);
  const asRates = readByRoles({ ...header, columns: rates }, sample, read);
  return (asRates.reading.roles?.explained ?? 0) > 0 ? asRates : readByRoles(header, sample, read);
}

/**
 * Reads the table by its roles, and again with rates printed as fractions of one (0.90 for
 * 90%) where a rate column prints only such: kept when that reading reproduces more rates.
 */
function withFractionRates(
  header: HeaderMap,
  sample: readonly GridRow[],
  read: (h: HeaderMap) => ImportedReport,
): ImportedReport {
  const asPrinted = readByRoles(header, sample, read);
  const fractions = fractionRateColumns(header.columns, sample);
  if (fractions === null) return asPrinted;
  const asFractions = readByRoles({ ...header, columns: fractions }, sample, read);
  const explained = (r: ImportedReport) => r.reading.roles?.explained ?? 0;
  return explained(asFractions) > explained(asPrinted) ? asFractions : asPrinted;
}

/** Reads the table by its header words' roles, then by the readings its printed rates propose. */
function readByRoles(
  header: HeaderMap,
  sample: readonly GridRow[],
  read: (h: HeaderMap) => ImportedReport,
): ImportedReport {
  const evidence = proposeRoles(header.columns, sample, header.context);
  const columns = evidence.columns ?? header.columns;
  const byWords = read({ ...header, columns, rounding: evidence.rounding });
  const counted = matchedRates(byWords);
  const allByWords = counted.printed > 0 && counted.matched === counted.printed;
  const proposals = evidence.headerOnly !== null || allByWords ? [] : evidence.proposals();
  if (evidence.headerOnly !== null || allByWords || proposals.length === 0)
    return withRoles(
      byWords,
      evidence.headerOnly !== null
        ? byHeader('header words', `${evidence.headerOnly}: roles from the header words`, counted)
        : !allByWords
          ? byHeader(
              'header words',
              `no other reading of the columns reproduces more printed rates than the header words' (${counted.matched} of ${counted.printed})`,
              counted,
              evidence.rounding,
            )
          : {
              source: 'printed rates',
              printed: counted.printed,
              explained: counted.matched,
              byHeader: counted.matched,
              because: `the header words' reading reproduces all ${counted.printed} printed rates`,
              tie: null,
              rounding: evidence.rounding,
            },
    );
  return bestReading(byWords, counted, evidence.rounding, proposals, (p) =>
    read({ ...header, columns: p.columns, rounding: p.rounding }),
  );
}

/** A reading by the header words, with how many printed rates it reproduces. */
function byHeader(
  source: RoleReading['source'],
  because: string,
  counted = { printed: 0, matched: 0 },
  rounding: RoleReading['rounding'] = 'half-up',
): RoleReading {
  return {
    source,
    printed: counted.printed,
    explained: counted.matched,
    byHeader: counted.matched,
    because,
    tie: null,
    rounding,
  };
}

/**
 * The KPIs read that print a rate, and those whose rate was reproduced; a KPI printing rates of
 * its years alone, by each of them.
 */
function matchedRates(report: ImportedReport): { printed: number; matched: number } {
  let printed = 0;
  let matched = 0;
  for (const k of report.kpis) {
    if (k.ownRateAsYearRate) printed += 1;
    if (k.printedRate === null) {
      // A KPI printing rates of its years alone (達成率 H27 | H28 | H29) is counted by them.
      if (k.ownRateAsYearRate) continue;
      printed += k.yearRates.length;
      for (const y of k.yearRates) if (y.match) matched += 1;
      continue;
    }
    printed += 1;
    if (k.inference.kind === 'matched') matched += 1;
  }
  return { printed, matched };
}

/**
 * How many KPIs reproduce their printed rate only as decreases. Where the header words cannot
 * tell two readings apart, the one with fewer is kept: with no baseline printed a KPI is read as
 * an increase, its rate actual ÷ target (つくば市 図書館 評価結果, its header lost: the target
 * and the result either way round reproduce every rate, the other way making every KPI a
 * decrease read as target ÷ actual).
 */
function matchedDecreases(report: ImportedReport): number {
  let decreases = 0;
  for (const k of report.kpis)
    if (k.inference.kind === 'matched' && k.inference.rule.direction === 'decrease') decreases += 1;
  return decreases;
}

const withRoles = (report: ImportedReport, roles: RoleReading): ImportedReport => ({
  ...report,
  reading: { ...report.reading, roles },
});

/**
 * Reads the table by each reading the printed rates propose and keeps the one whose KPIs
 * reproduce the most printed rates, the header words' when none does better (and, among
 * proposals reproducing as many, the one agreeing most with the header words). Two that the
 * header words cannot choose between are a 'reading' problem asking a person to decide.
 */
function bestReading(
  byWords: ImportedReport,
  counted: { printed: number; matched: number },
  rounding: Rounding,
  proposals: readonly RoleProposal[],
  read: (proposal: RoleProposal) => ImportedReport,
): ImportedReport {
  const tried = proposals.map((proposal) => {
    const report = read(proposal);
    const part = partAsActual(proposal.columns);
    const decreases = matchedDecreases(report);
    return { proposal, report, counted: matchedRates(report), decreases, part };
  });
  const best = tried.reduce<(typeof tried)[number] | null>(
    (a, b) =>
      b.counted.matched > (a?.counted.matched ?? counted.matched) ||
      (a !== null &&
        b.counted.matched === a.counted.matched &&
        (b.proposal.agreement > a.proposal.agreement ||
          (b.proposal.agreement === a.proposal.agreement &&
            (b.part > a.part || (b.part === a.part && b.decreases < a.decreases)))))
        ? b
        : a,
    null,
  );
  if (best === null)
    return withRoles(
      byWords,
      byHeader(
        'header words',
        `no other reading of the columns reproduces more printed rates than the header words' (${counted.matched} of ${counted.printed})`,
        counted,
        rounding,
      ),
    );
  // Readings the header words cannot tell apart reproducing as many rates: a person decides.
  // The one shown reads fewer KPIs as decreases (the target and the actual swapped, every KPI a
  // decrease, is the other), but the tie is still said and asked about.
  const rival = tried.find(
    (t) =>
      t !== best &&
      t.counted.matched === best.counted.matched &&
      t.proposal.agreement === best.proposal.agreement &&
      // A part read over its whole (うち女性委員数 ÷ 委員総数) is no tie with the swap.
      t.part === best.part,
  );
  const swapped = rival !== undefined && rival.decreases > best.decreases;
  const roles: RoleReading = {
    source: 'printed rates',
    printed: best.counted.printed,
    explained: best.counted.matched,
    byHeader: counted.matched,
    because: `read by the printed rates: ${best.proposal.description} reproduces ${best.counted.matched} of ${best.counted.printed} (the header words' reading ${counted.matched})${swapped ? '; of readings reproducing as many, the one reading more KPIs as increases, actual ÷ target, as a KPI no word makes a decrease is read' : ''}`,
    tie:
      rival === undefined
        ? null
        : `${rival.proposal.description} reproduces as many (${rival.counted.matched})`,
    rounding: best.proposal.rounding,
  };
  const headerRow = best.report.reading.headerRows[0] ?? 1;
  return withRoles(
    {
      ...best.report,
      problems: [...tieProblem(byWords.file, roles, headerRow), ...best.report.problems],
    },
    roles,
  );
}

/** The lines of percentages two other lines give, when the table has any (`ratio-lines.ts`). */
function withRatioLines(policies: Plan['policies']): Pick<TableReading, 'ratioLines'> {
  const found = ratioLines({ policies });
  return found.length === 0 ? {} : { ratioLines: found };
}

/** Reads the data rows by a header whose roles are settled. */
function readBy(
  grid: Grid,
  rows: readonly GridRow[],
  dataStart: number,
  titles: readonly GridRow[],
  settled: HeaderMap,
  options: ImportOptions,
  tableStarts?: ReadonlySet<number>,
): ImportedReport {
  const headerRow = settled.rows[0]?.row ?? 1;
  const kpiColumn = kpiColumnOf(settled.columns);
  const width = settled.columns.length;
  const data = rows.slice(dataStart).map((row) => alignRow(row, kpiColumn, width));
  const year = settleReportYear(settled, data, titles, options.fiscalYear, grid.file);
  // A table naming no year anywhere is read all the same, as of a year of its own, so that its
  // reading and printed rates are shown and checked: with no year in it, every year reads it
  // alike. The year stays unknown, a problem that stops an import until it is given.
  const readYear = year?.year ?? UNKNOWN_YEAR_READ_AS;
  // Once the report year is known, a header told from it (前年度実績) names its year.
  const header = year ? withRelativeYears(settled, year.year) : settled;
  const unit = tableUnit(titles, header);
  const name = options.planName ?? grid.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const reader = new TableReader(grid.file, header, kpiColumn, readYear, unit);
  reader.headingsAbove(titles);
  const yearless = readRows(reader, data, header, kpiColumn, titleTargets(titles), tableStarts);
  const read = year
    ? yearless
    : { ...yearless, problems: [noYear(grid.file, headerRow), ...yearless.problems] };
  const { policies, kpis } = read;
  const codes = numberColumnOf(header.columns, kpiColumn);
  const planTable = year ? planTableReason(header, data, kpis, codes) : null;
  const reportYear = year && planTable !== null ? planTableYear(year, kpis, header) : year;
  // A lacking role is a problem, not a refusal: the table is still shown for a person to correct.
  // A table of grades alone (加古川市's by year) lacks no actual: it has no figure to read.
  const graded = gradesOnly(header.columns, kpis) ? 'grades only' : null;
  const missing = missingActuals(grid.file, header, headerRow, planTable ?? graded);
  // The scale a legend on the table states (※評価 ◎:100%以上 …, or in the grades' header
  // 「評価（◎:100%以上、○:80%以上 …）」), or its printed grades follow.
  const grading = tableGradeScale(
    [
      ...read.notes.map((n) => n.text),
      ...titles.flatMap(filledText),
      ...header.columns.map((c) => c.label),
    ],
    kpis,
    reportYear?.year ?? null,
  );
  // Changes against the year before (前年度比, 対前年度増減率) checked on their own, never the rates.
  const yearOnYear = checkYearOnYear(grid.file, header, data, kpis, read.rows);
  const ratePrecision = inferRatePrecision(
    kpis.flatMap((k) => (k.printedRate ? [k.printedRate] : [])),
  );
  return {
    file: grid.file,
    fiscalYear: reportYear?.year ?? null,
    plan: {
      name,
      ...planPeriod(header, kpis),
      policies,
      ratePrecision,
      gradeScale: grading.scale,
    },
    kpis: withYearOnYear(kpis, yearOnYear.byRow),
    unplaced: read.unplaced,
    problems: [
      ...missing,
      ...(year && missing.length === 0
        ? nothingRead(grid.file, header, headerRow, rows.length > dataStart, kpis.length)
        : []),
      ...uncheckedRates(grid.file, header, headerRow, kpis),
      ...unreadRates(grid.file, header, headerRow, data, kpis),
      ...read.problems,
      ...yearOnYear.problems,
    ],
    reading: {
      headerRows: header.rows.map((r) => r.row),
      columns: columnReadings(header, kpiColumn),
      rows: [...headingRows(titles, 'title'), ...headingRows(header.rows, 'header'), ...read.rows],
      fiscalYear: reportYear ?? null,
      ...(year ? {} : { readAs: UNKNOWN_YEAR_READ_AS }),
      unit,
      ...(planTable === null ? {} : { planTable }),
      notes: read.notes,
      gradeScale: grading.source,
      ...(grading.change === undefined ? {} : { changeGrades: grading.change }),
      ...withRatioLines(policies),
      ...(yearOnYear.columns.length === 0 ? {} : { yearOnYear: yearOnYear.columns }),
    },
  };
}

/** Each KPI with the changes against the year before its row prints, where it prints any. */
function withYearOnYear(
  kpis: readonly ImportedKpi[],
  byRow: ReadonlyMap<number, readonly YearOnYearCheck[]>,
): ImportedKpi[] {
  if (byRow.size === 0) return [...kpis];
  return kpis.map((k) => {
    const checks = byRow.get(k.row);
    return checks === undefined ? k : { ...k, yearOnYear: checks };
  });
}

/**
 * The year a table naming none is read as, so that its rates can be checked: a year no table
 * prints (a baseline or target printed with its year is before it), never shown as the report's.
 */
const UNKNOWN_YEAR_READ_AS = fiscalYear(2100);

/** A title line's cells that hold text. */
const filledText = (row: GridRow): string[] => row.cells.filter((c) => c.trim() !== '');

/** Two readings of the columns explaining as many printed rates: a person decides. */
function tieProblem(file: string, reading: RoleReading, headerRow: number): ImportProblem[] {
  if (reading.tie === null) return [];
  const message = `two readings of the columns explain as many printed rates: ${reading.because}; ${reading.tie}. Set the roles by hand (--column, or the import page)`;
  return [{ kind: 'reading', file, row: headerRow, column: 1, message }];
}

/** The data rows read into KPIs, with what the reader could not place and its problems. */
function readRows(
  reader: TableReader,
  data: readonly AlignedRow[],
  header: HeaderMap,
  kpiColumn: number | null,
  targets: readonly TitleTarget[],
  tableStarts?: ReadonlySet<number>,
) {
  const totals = unlabelledTotals(data, header.columns, kpiColumn);
  for (const row of data) {
    if (tableStarts?.has(row.row)) reader.tableStart(row.row);
    if (totals.has(row.row)) reader.readTotalOfAbove(row);
    else reader.read(row);
  }
  reader.titleTargets(targets);
  return {
    ...reader.finish(),
    unplaced: reader.unplaced,
    notes: reader.notes,
    problems: reader.problems,
    rows: reader.rows,
  };
}
