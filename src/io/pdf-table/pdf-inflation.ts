import { inflateSync } from 'node:zlib';
import { ImportError } from '../import-problem.ts';
import {
  MAX_PDF_INFLATED_BYTES,
  MAX_PDF_STREAMS,
  MAX_PDF_STREAM_BYTES,
  formatBytes,
  formatLimit,
} from '../read-limits.ts';

/*
 * A PDF's streams are mostly Flate-compressed, and a 1 MB file can inflate to 1 GiB: pdfjs would
 * hold it outside the worker's JS heap, which its memory limit does not cover. Every stream is
 * inflated here first, with a cap on its output, before pdfjs reads anything.
 */

/** `stream` followed by its end of line, not the tail of `endstream`. */
const STREAM_START = /(?<!end)stream\r?\n/g;

const tooLarge = (error: unknown): boolean =>
  error instanceof RangeError ||
  (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');

/**
 * Refuses a PDF of more than MAX_PDF_STREAMS streams, or one of whose Flate streams inflates past MAX_PDF_STREAM_BYTES, or all of whose
 * together do past MAX_PDF_INFLATED_BYTES, naming the file and the limit. Each stream is
 * inflated from its start with the output capped (zlib stops at the end of the compressed
 * data, whatever follows, so a stream's declared length is not trusted); data that is not
 * zlib (an image, an encrypted stream) is left to pdfjs.
 * @example checkPdfInflation('r5.pdf', bytes); // throws ImportError for a bomb
 */
export function checkPdfInflation(file: string, bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let total = 0;
  let streams = 0;
  for (const match of text.matchAll(STREAM_START)) {
    if (++streams > MAX_PDF_STREAMS) {
      throw new ImportError(
        file,
        `more than ${formatLimit(MAX_PDF_STREAMS)} streams (limit ${formatLimit(MAX_PDF_STREAMS)})`,
      );
    }
    const start = match.index + match[0].length;
    const budget = Math.min(MAX_PDF_STREAM_BYTES, MAX_PDF_INFLATED_BYTES - total);
    let inflated: number;
    try {
      inflated = inflateSync(buffer.subarray(start), { maxOutputLength: budget + 1 }).length;
    } catch (error) {
      if (!tooLarge(error)) continue;
      inflated = budget + 1;
    }
    if (inflated > MAX_PDF_STREAM_BYTES) {
      throw new ImportError(
        file,
        `a compressed stream inflates past ${formatBytes(MAX_PDF_STREAM_BYTES)} (limit ${formatBytes(MAX_PDF_STREAM_BYTES)} a stream)`,
      );
    }
    total += inflated;
    if (total > MAX_PDF_INFLATED_BYTES) {
      throw new ImportError(
        file,
        `its compressed streams inflate past ${formatBytes(MAX_PDF_INFLATED_BYTES)} (limit ${formatBytes(MAX_PDF_INFLATED_BYTES)} in all)`,
      );
    }
  }
}
