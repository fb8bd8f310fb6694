import { ImportError } from '../import-problem.ts';
import type { ImportProblem } from '../import-problem.ts';
import type { CompleteReport, ImportedReport } from '../imported-report.ts';
import type { GridRow } from '../grid.ts';
import type { HeaderMap } from './header-map.ts';
import type { ColumnRole } from './column-role.ts';
import { figureNumber } from './column-contents.ts';
import type { ImportedKpi } from '../imported-report.ts';

/** Said when no column holds actual values: 神川町 定員管理's "実施状況" names none by its words. */
const NO_ACTUALS =
  'no column of actual values (実績値) found in the header; set a column’s role to actual';

/** Said when no year is written anywhere: 三田市 H19's 計画額a / 決算額b name none. */
const NO_YEAR =
  'no fiscal year in the headers, the title, the year columns or the file name; give one (--fy R5)';

/** A role the table lacks, as a problem placed at the header's first cell. */
function missingRole(file: string, headerRow: number, message: string): ImportProblem {
  return { kind: 'role', file, row: headerRow, column: 1, message };
}

/** The problem of a table naming no year anywhere. */
export const noYear = (file: string, headerRow: number): ImportProblem =>
  missingRole(file, headerRow, NO_YEAR);

/**
 * Why a table is a plan's own indicator table, before any year is measured (明和町's 現況 and
 * 中間目標, 福島市's 現状値 and 目標値): no column of actuals, nothing printed that measures one
 * (no rate, no grade, no difference), no column of figures whose role is unknown (it may be the
 * actuals: a person says), and KPIs with a target or a baseline. Null otherwise. The column of the
 * KPIs' numbers beside their names (`codes`, 空家等対策計画 「1 | 一戸建ての空き家数 | 755 戸 | 755 戸」)
 * holds figures too, but they are the KPIs' codes, no column a person must name.
 */
export function planTableReason(
  header: HeaderMap,
  data: readonly GridRow[],
  kpis: readonly ImportedKpi[],
  codes: number | null,
): string | null {
  const measuring = new Set<ColumnRole['kind']>(['actual', 'rate', 'grade', 'difference']);
  if (header.columns.some((c) => measuring.has(c.role.kind))) return null;
  // A column a rewrite kept as printed (合志市's 成り行き値 line, a projection) is known, not unknown.
  const unknownFigures = header.columns.some(
    (c) =>
      c.role.kind === 'other' &&
      c.index !== codes &&
      !c.because.startsWith('rewritten from') &&
      data.some((r) => Number.isFinite(figureNumber(r.cells[c.index]))),
  );
  if (unknownFigures) return null;
  const defined = kpis.filter((k) => k.kpi.target !== null || k.kpi.baseline !== null).length;
  if (defined === 0) return null;
  return `a plan's indicators with no year measured yet: no column of actual values and none that measures one (rate, grade, difference); ${defined} of ${kpis.length} KPIs read with their baseline or target, to import with no year's figures`;
}

/**
 * The problems of a header with no column of actuals (none when it has one, or is a plan's
 * table). A column of running totals is one (a 町 総合戦略 検証 「H30実績値 (累計)」 alone).
 */
export function missingActuals(
  file: string,
  header: HeaderMap,
  headerRow: number,
  planTable: string | null,
): ImportProblem[] {
  const measured = (kind: string) => kind === 'actual' || kind === 'cumulative';
  return planTable !== null || header.columns.some((c) => measured(c.role.kind))
    ? []
    : [missingRole(file, headerRow, NO_ACTUALS)];
}

/**
 * The problem of a table read to no KPI at all, said plainly, never a silent success with
 * nothing: a header and nothing under it, or rows none of which is a KPI's (all the more when
 * the table prints rates, 達成率); none when a KPI was read.
 */
export function nothingRead(
  file: string,
  header: HeaderMap,
  headerRow: number,
  hasRows: boolean,
  kpis: number,
): ImportProblem[] {
  if (kpis > 0) return [];
  const rate = header.columns.find((c) => c.role.kind === 'rate');
  const message = !hasRows
    ? 'a header and nothing under it: no KPI row to read'
    : rate
      ? `no KPI read, though the table prints rates ("${rate.label}", column ${rate.index + 1}): none of its rows reads as a KPI's`
      : "no KPI read: none of the rows under the header reads as a KPI's";
  return [missingRole(file, headerRow, message)];
}

/** Whether a problem stops an import whatever the person accepts: a role the table lacks. */
export const blocksImport = (problem: ImportProblem): boolean => problem.kind === 'role';

/**
 * The report, when it was read in full; else the ImportError of the role it lacks, naming the
 * file and the header row: what `import` and every reader of a whole plan start from.
 */
export function requireComplete(report: ImportedReport): CompleteReport {
  const { fiscalYear, reading } = report;
  // With no year known the rows are not read at all, so the year is what to give first: a
  // column the words do not name may well be found by the printed rates once it is given.
  const lacking =
    fiscalYear === null
      ? (report.problems.find((p) => p.message === NO_YEAR) ?? report.problems.find(blocksImport))
      : report.problems.find(blocksImport);
  if (lacking === undefined && fiscalYear !== null && reading.fiscalYear !== null)
    return { ...report, fiscalYear, reading: { ...reading, fiscalYear: reading.fiscalYear } };
  const problem = lacking ?? noYear(report.file, reading.headerRows[0] ?? 1);
  throw new ImportError(report.file, problem.message, { row: problem.row });
}
