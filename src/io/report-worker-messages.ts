import type { ImportedReport } from './imported-report.ts';
import type { ImportOptions } from './report-table/import-report-table.ts';

/** What the main thread gives the report worker. */
export interface WorkerInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly options: ImportOptions;
}

/** What the report worker answers: the report, the importer's own error as data, or a bug. */
export type WorkerOutput =
  | { readonly kind: 'report'; readonly report: ImportedReport }
  | {
      readonly kind: 'import-error';
      readonly file: string;
      readonly reason: string;
      readonly row: number | null;
      readonly column: number | null;
    }
  | { readonly kind: 'failure'; readonly message: string };
