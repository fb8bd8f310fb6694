import { Buffer } from 'node:buffer';
import { checkDelimitedHead } from './read-delimited.ts';
import { delimiterByName } from './read-table-file.ts';
import { isPdf } from './pdf-table/read-pdf.ts';
import { isZip } from './read-xlsx.ts';

/** Bytes of an upload looked at before the rest is read: room for a line of 200 cells. */
export const UPLOAD_HEAD_BYTES = 64 * 1024;

/**
 * Refuses an upload by its first bytes, before the rest of it arrives, when they already show
 * what the reader would refuse (readTableFile, with the same message, file and row): a
 * delimited file whose first lines are too wide, such as 9 MB of 5,000-column lines, is refused
 * after its first 64 KB instead of being received, copied and read whole (bench 'hostile
 * uploads').
 *
 * Only a file named .tsv or .csv that is neither a zip nor a PDF within: its name fixes its
 * delimiter, and its tabs, commas, quotes and line ends are the same single bytes in UTF-8 and
 * in Shift_JIS (none is ever a byte of a multi-byte character), so the bytes read as one
 * character each (latin1) scan as its text does. Anything else waits for the reader.
 */
export function checkUploadHead(file: string, head: Uint8Array): void {
  if (isZip(head) || isPdf(head)) return;
  const delimiter = delimiterByName(file);
  if (!delimiter) return;
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  checkDelimitedHead(file, text, delimiter);
}
