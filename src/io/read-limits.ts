import { availableParallelism } from 'node:os';
/*
 * How much a report file may hold. A real progress table is a few hundred rows of a few dozen
 * columns (Yuzawa's R5 table: 98 rows, 16 columns, 24 KB); these limits leave a wide margin
 * and still bound the memory and time one upload can cost, whatever it holds. Each is checked
 * while reading, before the work it would cost is done.
 */

/** Bytes of a TSV or CSV file, and of an XLSX file as uploaded (compressed). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Rows of a table: its last row number, blank rows included. */
export const MAX_ROWS = 10_000;
/** Columns of any row. */
export const MAX_COLUMNS = 200;
/** Cells of a worksheet, empty ones the file lists included. */
export const MAX_CELLS = 200_000;
/** Characters of one cell (a narrative, 取組内容, is a few hundred). */
export const MAX_CELL_CHARACTERS = 4_000;

/** Worksheets of a workbook. */
export const MAX_SHEETS = 50;
/** Merged ranges of one worksheet (each is also clipped to the cells the sheet uses). */
export const MAX_MERGED_RANGES = 2_000;
/** Files inside an XLSX zip. */
export const MAX_ZIP_ENTRIES = 1_000;
/** Bytes of an XLSX's files once uncompressed, all together. */
export const MAX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024;
/** Bytes of the shared-string table (xl/sharedStrings.xml) once uncompressed. */
export const MAX_SHARED_STRINGS_BYTES = 4 * 1024 * 1024;

/**
 * Pages of a PDF report. Yuzawa's R5 table prints on 3 pages, a 3,700-KPI plan on 100;
 * `npm run bench -- pdf` reads 9 to 14 pages a second on two shared cores, so 120 pages stay
 * inside WORKER_TIME_LIMIT_MS on a busy machine.
 */
export const MAX_PDF_PAGES = 120;
/**
 * Bytes one compressed stream of a PDF may inflate to (a page's content, a font, an image), and
 * all of them together: checked before pdfjs reads the file, whose decoded streams live outside
 * the worker's heap limit. A table printed by Chromium inflates to a few MB.
 */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/** Streams of a PDF (a 100-page table printed by Chromium has a few hundred). */
export const MAX_PDF_STREAMS = 20_000;

/** Heap of the worker that reads one upload (read-report-in-worker.ts); past it, it is stopped. */
export const WORKER_MEMORY_MB = 256;
/** Time one upload may take to read; past it, its worker is stopped. */
export const WORKER_TIME_LIMIT_MS = 20_000;
/**
 * Uploads read at once; more wait their turn, so memory stays under this many workers' heaps.
 * One core is always left to the thread that answers requests (on two cores: one read at a
 * time), so a burst of uploads slows the uploads, not every reader's report.
 */
export const MAX_CONCURRENT_READS = Math.max(1, Math.min(2, availableParallelism() - 1));

/** "10,000": limits as a user reads them in a message. */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

/** "10 MB": a byte limit as a user reads it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatLimit(bytes / (1024 * 1024))} MB`
    : `${formatLimit(bytes)} bytes`;
}
