import iconv from 'iconv-lite';
import { ImportError } from './import-problem.ts';

/** The text encodings a Japanese municipality's CSV arrives in. */
export type TextEncoding = 'utf-8' | 'shift_jis';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/**
 * Many control bytes (NUL among them): a binary file (an image, a PDF, UTF-16), not a table.
 * A stray NUL in text is not enough: the readers refuse it naming its row and column.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}

/**
 * Decodes a text table: UTF-8 with or without a BOM, else Shift_JIS (Windows-31J, as Excel
 * writes it). Refuses binary input and bytes that are neither, naming the file.
 */
export function decodeText(
  file: string,
  bytes: Uint8Array,
): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  if (hasUtf8Bom(bytes)) {
    return { text: decodeUtf8(file, bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (looksBinary(bytes)) throw new ImportError(file, 'this is a binary file, not a text table');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'cp932');
    const broken = text.indexOf('\ufffd');
    if (broken >= 0) {
      const row = text.slice(0, broken).split('\n').length;
      throw new ImportError(file, 'the text is neither UTF-8 nor Shift_JIS', { row });
    }
    return { text, encoding: 'shift_jis' };
  }
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, 'the file starts with a UTF-8 mark but is not valid UTF-8');
  }
}
