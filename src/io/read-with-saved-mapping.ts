import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { ImportedReport } from './imported-report.ts';
import { readReportFile } from './read-report-file.ts';
import { headerYear } from './report-table/column-role.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';
import type { TableReading } from './report-table/table-reading.ts';
import { latestHeaderYear, tableShape } from './report-table/table-shape.ts';

/** The column roles an admin confirmed for a file shape, and the report year's offset. */
export interface SavedMapping {
  readonly columnRoles: readonly ColumnRoleOverride[];
  /** The report year minus the year its columns of actuals name; null when they name none. */
  readonly fiscalYearOffset: number | null;
}

/** A file as read, its shape, and whether the mapping saved for that shape was read with. */
export interface MappedReport {
  readonly report: ImportedReport;
  readonly shape: string;
  readonly mapped: boolean;
}

/**
 * What a saved report-year offset is counted from: the latest year a column of actuals names
 * (with the roles set by hand), else the latest any header names. Not a target's year: "目標値
 * (R8)" stays R8 in next year's file while "R5 数値" becomes "R6 数値".
 */
export function yearBase(
  reading: TableReading,
  roles: readonly ColumnRoleOverride[],
): FiscalYear | null {
  const years = reading.columns.flatMap((c) => {
    const role = roles.find((r) => r.column === c.column)?.role ?? c.role;
    const year = c.fiscalYear ?? headerYear(c.label);
    return (role === 'actual' || role === 'cumulative') && year !== null ? [year] : [];
  });
  return years.length > 0 ? fiscalYear(Math.max(...years)) : latestHeaderYear(reading);
}

/** The report year a saved offset gives for this file: its year base plus the offset. */
function offsetYear(report: ImportedReport, mapping: SavedMapping): FiscalYear | undefined {
  const latest = yearBase(report.reading, mapping.columnRoles);
  if (mapping.fiscalYearOffset === null || latest === null) return undefined;
  return fiscalYear(latest + mapping.fiscalYearOffset);
}

/**
 * Reads a table, and reads it again with the mapping saved for its shape when there is one
 * (last year's confirmed reading: its roles, and its report year unless `options` names one).
 * Both reads happen where the bytes are, so a worker given them reads a file once handed over.
 * @example const { report, mapped } = await readWithSavedMapping('r6.xlsx', bytes, { planName }, saved);
 */
export async function readWithSavedMapping(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions,
  saved: ReadonlyMap<string, SavedMapping>,
): Promise<MappedReport> {
  const report = await readReportFile(file, bytes, options);
  const shape = tableShape(report.reading);
  const mapping = saved.get(shape);
  if (!mapping) return { report, shape, mapped: false };
  const year = options.fiscalYear ?? offsetYear(report, mapping);
  const mapped = await readReportFile(file, bytes, {
    ...options,
    ...(year ? { fiscalYear: year } : {}),
    columnRoles: mapping.columnRoles,
  });
  return { report: mapped, shape, mapped: true };
}
