import { extname } from 'node:path';
import { decodeText } from './decode-text.ts';
import type { Grid } from './grid.ts';
import { guessDelimiter, readCsv, readTsv } from './read-delimited.ts';
import { isZip, readXlsx } from './read-xlsx.ts';

/**
 * Reads a progress table's bytes into a grid: XLSX by its zip signature, otherwise text in
 * UTF-8 (BOM or not) or Shift_JIS, tab- or comma-separated by extension or by content.
 */
export async function readTableFile(file: string, bytes: Uint8Array): Promise<Grid> {
  const extension = extname(file).toLowerCase();
  if (isZip(bytes) || extension === '.xlsx') return readXlsx(file, bytes);
  const { text } = decodeText(file, bytes);
  const delimiter =
    extension === '.tsv' ? 'tab' : extension === '.csv' ? 'comma' : guessDelimiter(text);
  return delimiter === 'tab' ? readTsv(file, text) : readCsv(file, text);
}
