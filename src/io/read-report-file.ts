import type { ImportedReport } from './imported-report.ts';
import { readTableFile } from './read-table-file.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';
import { importReportTable } from './report-table/import-report-table.ts';

/** Reads a progress report file (TSV, CSV, XLSX or PDF bytes) into a plan and its printed figures. */
export async function readReportFile(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportedReport> {
  return importReportTable(await readTableFile(file, bytes), options);
}
