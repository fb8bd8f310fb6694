import type { Kysely } from 'kysely';
import type { ImportMapping } from '../db/import-mapping-repository.ts';
import {
  findImportMapping,
  listImportMappings,
  saveImportMapping,
} from '../db/import-mapping-repository.ts';
import { findPlanByName } from '../db/plan-repository.ts';
import type { Database } from '../db/tables.ts';
import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { ImportedReport } from '../io/imported-report.ts';
import { readMappedReportInWorker } from '../io/read-report-in-worker.ts';
import { yearBase } from '../io/read-with-saved-mapping.ts';
import type { AuditDraft } from './audit.ts';

/** What to read: the file, the plan it is for, and what the admin set by hand. */
export interface MappedReadInput {
  readonly file: string;
  /** Handed to the reader (readReportInWorker): detached once read. */
  readonly bytes: Uint8Array;
  readonly planName: string;
  readonly fiscalYear?: FiscalYear;
  /** Roles set by hand; without them the plan's saved mapping for the file's shape applies. */
  readonly columnRoles?: readonly ColumnRoleOverride[];
  /** Of a workbook, the worksheet to read; else the first with content. */
  readonly sheet?: string;
}

/** A file as read, the saved mapping applied to it, if one was, and its bytes' sha256. */
export interface MappedRead {
  readonly report: ImportedReport;
  readonly shape: string;
  readonly applied: ImportMapping | null;
  readonly sha256: string;
}

/** The mappings the plan of that name saved, by file shape; none for a plan not there yet. */
async function savedMappings(
  db: Kysely<Database>,
  municipalityId: number | null,
  planName: string,
): Promise<Map<string, ImportMapping>> {
  const plan =
    municipalityId === null ? undefined : await findPlanByName(db, municipalityId, planName);
  return plan ? await listImportMappings(db, plan.id) : new Map();
}

/**
 * Reads an uploaded table with the roles the admin set, or else with the mapping the plan
 * saved for a file of the same shape (last year's confirmed reading): read once, and again
 * with the mapping when there is one. The plan's mappings are looked up first, so the bytes go
 * to the reader's worker once and are read there both times.
 */
export async function readWithMapping(
  db: Kysely<Database>,
  municipalityId: number | null,
  input: MappedReadInput,
): Promise<MappedRead> {
  const byHand = input.columnRoles ?? [];
  const saved =
    byHand.length > 0
      ? new Map<string, ImportMapping>()
      : await savedMappings(db, municipalityId, input.planName);
  const read = await readMappedReportInWorker(
    input.file,
    input.bytes,
    {
      planName: input.planName,
      ...(input.fiscalYear ? { fiscalYear: input.fiscalYear } : {}),
      ...(byHand.length > 0 ? { columnRoles: byHand } : {}),
      ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
    },
    saved,
  );
  return {
    report: read.report,
    shape: read.shape,
    applied: read.mapped ? (saved.get(read.shape) ?? null) : null,
    sha256: read.sha256,
  };
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
