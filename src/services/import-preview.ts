import type { ImportPreviewView } from '../domain/api-contract.ts';
import type { Actor } from '../domain/access.ts';
import { checkReport } from '../io/report-check.ts';
import { SET_BY_HAND } from '../io/report-table/header-map.ts';
import { requireMunicipalityChange } from './access.ts';
import type { Store } from './database-handle.ts';
import type { MappedRead, MappedReadInput } from './import-mapping.ts';
import { readWithMapping } from './import-mapping.ts';

export interface ImportPreviewInput extends MappedReadInput {
  readonly municipality: { readonly code: string; readonly name: string };
}

/** The import page's view of a read: columns, rows, rates, unplaced cells and problems. */
export function toImportPreviewView(planName: string, read: MappedRead): ImportPreviewView {
  const { report, applied } = read;
  const check = checkReport(report);
  return {
    file: report.file,
    planName,
    fiscalYear: report.reading.fiscalYear,
    headerRows: report.reading.headerRows,
    columns: report.reading.columns.map((c) => ({ ...c, setByHand: c.because === SET_BY_HAND })),
    rows: report.reading.rows.map(({ row, kind, kpi }) => ({ row, kind, kpi })),
    kpis: check.kpis.map(({ code, title, row, printed, computed, match, reason, rule }) => ({
      code,
      title,
      row,
      printed,
      computed,
      match,
      reason,
      rule,
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

/**
 * Reads an uploaded table as an import would (with the roles set by hand, else the plan's
 * saved mapping for its shape) and says how it was read; changes nothing. Admins only,
 * refused before the file is read.
 */
export async function previewImport(
  store: Store,
  input: ImportPreviewInput,
  actor: Actor,
): Promise<ImportPreviewView> {
  const municipality = await requireMunicipalityChange(store.db, actor, input.municipality);
  return toImportPreviewView(
    input.planName,
    await readWithMapping(store.db, municipality.id, input),
  );
}
