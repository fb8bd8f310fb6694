import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { CellPlace } from './report-layout.ts';

export const CSV_ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** A cell of a CSV file as written, with where it came from. */
export interface CsvCell {
  readonly text: string;
  readonly place: CellPlace;
}

/** A character Shift_JIS (CP932) cannot hold: refused, never written as "?". */
export class UnencodableCharacterError extends Error {
  override readonly name = 'UnencodableCharacterError';
  constructor(
    readonly place: CellPlace,
    readonly character: string,
  ) {
    const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    super(
      `${place.kpi === null ? '' : `KPI ${place.kpi} `}${place.field}: the character "${character}" (${code}) cannot be written in Shift_JIS (CP932); export in UTF-8 instead`,
    );
  }
}

const cp932Cache = new Map<string, boolean>();

/**
 * Whether CP932 holds a character as it is: iconv-lite writes "?" for one it lacks, and some
 * it writes as another (¥ as the byte of \), so only one that reads back the same counts.
 */
function inCp932(character: string): boolean {
  let known = cp932Cache.get(character);
  if (known === undefined) {
    known = iconv.decode(iconv.encode(character, 'cp932'), 'cp932') === character;
    cp932Cache.set(character, known);
  }
  return known;
}

/**
 * The one spelling changed for Shift_JIS: a square metre "m²" (or the PDF's "m ²", ⑦) is
 * written "㎡", which CP932 holds and the importer reads as the same unit. Any other character
 * CP932 lacks is refused.
 */
export function cp932Spelling(text: string): string {
  return text.replace(/m ?²/g, '㎡');
}

function cp932Cell(cell: CsvCell): CsvCell {
  const text = cp932Spelling(cell.text);
  for (const character of text) {
    if (character.charCodeAt(0) > 0x7f && !inCp932(character)) {
      throw new UnencodableCharacterError(cell.place, character);
    }
  }
  return { text, place: cell.place };
}

/**
 * A CSV file's bytes: CRLF line ends, and UTF-8 with a BOM (Japanese Excel reads it as UTF-8)
 * or Shift_JIS as CP932 (① … ⑳, ㎡, ～ included), refusing a character CP932 cannot hold.
 */
export function csvBytes(rows: readonly (readonly CsvCell[])[], encoding: CsvEncoding): Uint8Array {
  const cells = encoding === 'shift_jis' ? rows.map((row) => row.map(cp932Cell)) : rows;
  const text = stringify(
    cells.map((row) => row.map((cell) => cell.text)),
    { record_delimiter: 'windows' },
  );
  // A Buffer is a Uint8Array: returned as it is, not copied.
  return encoding === 'utf-8' ? Buffer.from(`\uFEFF${text}`, 'utf8') : iconv.encode(text, 'cp932');
}
