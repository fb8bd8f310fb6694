import type { MappedReport, SavedMapping } from './read-with-saved-mapping.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';

/**
 * What the main thread gives the report worker. The bytes' buffer is transferred, not copied:
 * from then on the worker holds the file's only copy.
 */
export interface WorkerInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly options: ImportOptions;
  /** Mappings saved by file shape: the file is read again with its shape's, if any. */
  readonly saved: ReadonlyMap<string, SavedMapping>;
}

/** A file read in the worker: the report as mapped, and the sha256 of the bytes read. */
export interface WorkerRead extends MappedReport {
  readonly sha256: string;
}

/** What the report worker answers: the read, the importer's own error as data, or a bug. */
export type WorkerOutput =
  | { readonly kind: 'read'; readonly read: WorkerRead }
  | {
      readonly kind: 'import-error';
      readonly file: string;
      readonly reason: string;
      readonly row: number | null;
      readonly column: number | null;
    }
  | { readonly kind: 'failure'; readonly message: string };
