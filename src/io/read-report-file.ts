import type { Grid } from './grid.ts';
import type { ImportProblem } from './import-problem.ts';
import type { ImportedReport } from './imported-report.ts';
import { readTableFile } from './read-table-file.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';
import { importReportTable } from './report-table/import-report-table.ts';

/**
 * The worksheets of a workbook that were not read, said as a problem: a workbook of one sheet
 * per policy read as its first alone must not look whole. Null when there are none, or when
 * the person named the worksheet to read (`--sheet`, the import page's choice).
 */
function otherSheets(grid: Grid, chosen: string | undefined): ImportProblem | null {
  const others = grid.sheets?.others ?? [];
  if (others.length === 0 || chosen !== undefined) return null;
  const first = grid.rows[0];
  return {
    kind: 'reading',
    file: grid.file,
    row: first?.row ?? 1,
    column: 1,
    message: `the workbook's other worksheets with content are not read: ${others.join(', ')}; this reads the worksheet ${grid.sheets?.read ?? ''} alone (read another with --sheet NAME, or save each worksheet as a file of its own)`,
  };
}

/** Reads a progress report file (TSV, CSV, XLSX or PDF bytes) into a plan and its printed figures. */
export async function readReportFile(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportedReport> {
  const grid = await readTableFile(file, bytes, options.sheet);
  const read = importReportTable(grid, options);
  const report = grid.sheets === undefined ? read : { ...read, sheets: grid.sheets };
  const sheets = otherSheets(grid, options.sheet);
  return sheets === null ? report : { ...report, problems: [...report.problems, sheets] };
}
