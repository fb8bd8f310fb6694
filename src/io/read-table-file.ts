import { extname } from 'node:path';
import { decodeText } from './decode-text.ts';
import type { Grid } from './grid.ts';
import { guessDelimiter, readCsv, readTsv } from './read-delimited.ts';
import { ImportError } from './import-problem.ts';
import { MAX_FILE_BYTES, formatBytes } from './read-limits.ts';
import { isZip, readXlsx } from './read-xlsx.ts';
import { isPdf, readPdf } from './pdf-table/read-pdf.ts';

/**
 * Reads a progress table's bytes into a grid: XLSX by its zip signature, PDF by `%PDF`
 * (pdf-table/read-pdf.ts), otherwise text in
 * UTF-8 (BOM or not) or Shift_JIS, tab- or comma-separated by extension or by content. A file
 * past MAX_FILE_BYTES is refused unread. Of a workbook, the worksheet `sheet` names, else the first
 * with content; a worksheet named for a file of one table (PDF, text) is refused, not ignored.
 */
export async function readTableFile(
  file: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<Grid> {
  const extension = extname(file).toLowerCase();
  if (bytes.length > MAX_FILE_BYTES) {
    const limit = formatBytes(MAX_FILE_BYTES);
    throw new ImportError(file, `a file of more than ${limit} (limit ${limit})`);
  }
  if (isZip(bytes) || extension === '.xlsx') return readXlsx(file, bytes, sheet);
  if (sheet !== undefined)
    throw new ImportError(
      file,
      `no worksheet named ${sheet}: only an XLSX workbook has worksheets, and this file is a single table`,
    );
  if (isPdf(bytes) || extension === '.pdf') return readPdf(file, bytes);
  const { text } = decodeText(file, bytes);
  const delimiter = delimiterByName(file) ?? guessDelimiter(text);
  return delimiter === 'tab' ? readTsv(file, text) : readCsv(file, text);
}

/** The delimiter a text file's name gives: .tsv tabs, .csv commas; otherwise its content says. */
export function delimiterByName(file: string): 'tab' | 'comma' | undefined {
  const extension = extname(file).toLowerCase();
  return extension === '.tsv' ? 'tab' : extension === '.csv' ? 'comma' : undefined;
}
