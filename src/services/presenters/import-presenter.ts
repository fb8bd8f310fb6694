import type { ImportPreviewView } from '../../domain/api-contract.ts';
import { checkReport } from '../../io/report-check.ts';
import { SET_BY_HAND } from '../../io/report-table/header-map.ts';
import type { TableNote } from '../../io/report-table/table-reading.ts';
import type { MappedRead } from '../import-mapping.ts';

/** The text of the note printed on a row (one cell: a note row holds nothing else). */
const noteText = (notes: readonly TableNote[], row: number): string | null =>
  notes.find((n) => n.row === row)?.text ?? null;

/** The import page's view of a read: columns, rows, rates, unplaced cells and problems. */
export function presentImportPreview(planName: string, read: MappedRead): ImportPreviewView {
  const { report, applied } = read;
  const check = checkReport(report);
  return {
    file: report.file,
    planName,
    fiscalYear: report.reading.fiscalYear,
    headerRows: report.reading.headerRows,
    sheets: report.sheets ?? null,
    planTable: report.reading.planTable !== undefined,
    gradeScale: { labels: check.gradeScale.labels, cuts: check.gradeScale.cuts },
    gradeScaleSource: check.gradeScale.source,
    changeGrades: report.reading.changeGrades ?? null,
    columns: report.reading.columns.map((c) => ({ ...c, setByHand: c.because === SET_BY_HAND })),
    rows: report.reading.rows.map(({ row, kind, kpi }) => ({
      row,
      kind,
      kpi,
      note: kind === 'note' ? noteText(report.reading.notes, row) : null,
    })),
    // Each KPI's line of the check, less how its rate is reckoned (shown as the rule's words);
    // its changes against the year before listed, none where it prints none.
    kpis: check.kpis.map(({ direction, basis, formula, yearOnYear, ...view }) => ({
      ...view,
      yearOnYear: yearOnYear ?? [],
    })),
    unplaced: report.unplaced.map(({ row, column, text, reason }) => ({
      row,
      column,
      text,
      reason,
    })),
    problems: report.problems.map(({ kind, row, column, message }) => ({
      kind,
      row,
      column,
      message,
    })),
    mapping: {
      saved: applied !== null,
      savedAt: applied?.savedAt ?? null,
      savedBy: applied?.savedBy ?? null,
    },
  };
}
