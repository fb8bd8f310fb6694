import type { Kysely } from 'kysely';
import type { ImportMapping } from '../db/import-mapping-repository.ts';
import { findImportMapping, saveImportMapping } from '../db/import-mapping-repository.ts';
import { findPlanByName } from '../db/plan-repository.ts';
import type { Database } from '../db/tables.ts';
import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { ImportedReport } from '../io/imported-report.ts';
import { readReportInWorker } from '../io/read-report-in-worker.ts';
import { headerYear } from '../io/report-table/column-role.ts';
import type { TableReading } from '../io/report-table/table-reading.ts';
import { latestHeaderYear, tableShape } from '../io/report-table/table-shape.ts';
import type { AuditDraft } from './audit.ts';

/** What to read: the file, the plan it is for, and what the admin set by hand. */
export interface MappedReadInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly planName: string;
  readonly fiscalYear?: FiscalYear;
  /** Roles set by hand; without them the plan's saved mapping for the file's shape applies. */
  readonly columnRoles?: readonly ColumnRoleOverride[];
}

/** A file as read, and the saved mapping applied to it, if one was. */
export interface MappedRead {
  readonly report: ImportedReport;
  readonly shape: string;
  readonly applied: ImportMapping | null;
}

/**
 * What a saved report-year offset is counted from: the latest year a column of actuals names
 * (with the roles set by hand), else the latest any header names. Not a target's year: "目標値
 * (R8)" stays R8 in next year's file while "R5 数値" becomes "R6 数値".
 */
function yearBase(reading: TableReading, roles: readonly ColumnRoleOverride[]): FiscalYear | null {
  const years = reading.columns.flatMap((c) => {
    const role = roles.find((r) => r.column === c.column)?.role ?? c.role;
    const year = c.fiscalYear ?? headerYear(c.label);
    return (role === 'actual' || role === 'cumulative') && year !== null ? [year] : [];
  });
  return years.length > 0 ? fiscalYear(Math.max(...years)) : latestHeaderYear(reading);
}

/** The report year a saved offset gives for this file: its year base plus the offset. */
function offsetYear(report: ImportedReport, mapping: ImportMapping): FiscalYear | undefined {
  const latest = yearBase(report.reading, mapping.columnRoles);
  if (mapping.fiscalYearOffset === null || latest === null) return undefined;
  return fiscalYear(latest + mapping.fiscalYearOffset);
}

/**
 * Reads an uploaded table with the roles the admin set, or else with the mapping the plan
 * saved for a file of the same shape (last year's confirmed reading): read once, and again
 * with the mapping when there is one.
 */
export async function readWithMapping(
  db: Kysely<Database>,
  municipalityId: number | null,
  input: MappedReadInput,
): Promise<MappedRead> {
  const options = {
    planName: input.planName,
    ...(input.fiscalYear ? { fiscalYear: input.fiscalYear } : {}),
  };
  const byHand = input.columnRoles ?? [];
  const report = await readReportInWorker(input.file, input.bytes, {
    ...options,
    ...(byHand.length > 0 ? { columnRoles: byHand } : {}),
  });
  const shape = tableShape(report.reading);
  if (byHand.length > 0) return { report, shape, applied: null };
  const plan =
    municipalityId === null ? undefined : await findPlanByName(db, municipalityId, input.planName);
  const saved = plan ? await findImportMapping(db, plan.id, shape) : undefined;
  if (!saved) return { report, shape, applied: null };
  const year = input.fiscalYear ?? offsetYear(report, saved);
  const mapped = await readReportInWorker(input.file, input.bytes, {
    ...options,
    ...(year ? { fiscalYear: year } : {}),
    columnRoles: saved.columnRoles,
  });
  return { report: mapped, shape, applied: saved };
}

/**
 * Saves the roles an import was confirmed with as the plan's mapping for the file's shape,
 * with the report year as an offset from the latest year its columns of actuals name; the audit line
 * to write with it.
 */
export async function saveConfirmedMapping(
  trx: Kysely<Database>,
  planId: number,
  read: MappedRead,
  columnRoles: readonly ColumnRoleOverride[],
  by: { readonly label: string; readonly at: string },
): Promise<Omit<AuditDraft, 'municipalityId'>> {
  const latest = yearBase(read.report.reading, columnRoles);
  const mapping: ImportMapping = {
    columnRoles,
    fiscalYearOffset:
      latest === null || read.report.fiscalYear === null ? null : read.report.fiscalYear - latest,
    savedBy: by.label,
    savedAt: by.at,
  };
  const before = await findImportMapping(trx, planId, read.shape);
  await saveImportMapping(trx, planId, read.shape, mapping);
  return {
    action: 'import.mapping',
    entity: 'import',
    planId,
    field: read.shape,
    oldValue: before ? mappingText(before) : null,
    newValue: mappingText(mapping),
  };
}

/** A mapping as the audit log shows it: one line per column, then the year offset. */
function mappingText(mapping: ImportMapping): string {
  return [
    ...mapping.columnRoles.map((c) => `column ${c.column}: ${c.role}`),
    `report year offset ${mapping.fiscalYearOffset ?? 'none'}`,
  ].join('\n');
}
