import { spawnSync } from 'node:child_process';
import { extractPdfText } from './pdf-extract.ts';

/**
 * The text of a PDF: poppler's pdftotext where it is installed, else our own reader of the
 * ToUnicode maps Chromium writes (pdf-extract.ts), which the tests check agree. NFKC folds the
 * Kangxi radicals some glyphs map to (⾏ U+2F8F) into the ideographs they stand for (行).
 */
export function pdfText(pdf: Uint8Array): { text: string; via: 'pdftotext' | 'tounicode' } {
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error === undefined && run.status === 0) {
    return { text: run.stdout.toString('utf8').normalize('NFKC'), via: 'pdftotext' };
  }
  return { text: extractPdfText(pdf), via: 'tounicode' };
}

/**
 * Whether every font of the PDF is embedded, so the Japanese prints anywhere: a font file
 * (TrueType, CFF), or a Type 3 font whose glyphs are drawn in the PDF itself, as Chromium writes
 * Noto Sans CJK. A font dictionary with neither would rely on the reader's fonts.
 */
export function embedsFonts(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  const descriptors = text.match(/\/Type\s*\/FontDescriptor\b[^>]*/g) ?? [];
  const type3 = (text.match(/\/Subtype\s*\/Type3\b/g) ?? []).length;
  const withFile = descriptors.filter((d) => /\/FontFile[23]?\s/.test(d)).length;
  const type3Descriptors = descriptors.length - withFile;
  return descriptors.length + type3 > 0 && type3Descriptors <= type3 && (type3 > 0 || withFile > 0);
}
