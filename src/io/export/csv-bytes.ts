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

/** The first character of a cell CP932 cannot hold, refused with the cell's place. */
function refuseUnencodable(
  rows: readonly (readonly string[])[],
  placeAt: (row: number, column: number) => CellPlace,
): void {
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      for (const character of text) {
        if (character.charCodeAt(0) > 0x7f && !inCp932(character)) {
          throw new UnencodableCharacterError(placeAt(r, c), character);
        }
      }
    }),
  );
}

/**
 * A CSV file's bytes: CRLF line ends, and UTF-8 with a BOM (Japanese Excel reads it as UTF-8)
 * or Shift_JIS as CP932 (① … ⑳, ㎡, ～ included), refusing a character CP932 cannot hold.
 */
export function csvBytes(rows: readonly (readonly CsvCell[])[], encoding: CsvEncoding): Uint8Array {
  return csvTextBytes(
    rows.map((row) => row.map((cell) => cell.text)),
    encoding,
    (r, c) => rows[r]?.[c]?.place ?? { kpi: null, field: '' },
  );
}

/**
 * csvBytes of the cells' texts, with `placeAt` naming a refused cell: the report's rows are
 * written so, without a cell object each (a 1,000-KPI report has 15,000 cells; bench).
 */
export function csvTextBytes(
  rows: string[][],
  encoding: CsvEncoding,
  placeAt: (row: number, column: number) => CellPlace,
): Uint8Array {
  // A Buffer is a Uint8Array: returned as it is, not copied.
  if (encoding === 'utf-8') {
    return Buffer.from(`\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`, 'utf8');
  }
  const cells = rows.map((row) => row.map(cp932Spelling));
  const text = stringify(cells, { record_delimiter: 'windows' });
  const bytes = iconv.encode(text, 'cp932');
  // The whole file read back as written holds every character; only when it does not is each
  // cell looked at, to name the one refused.
  if (iconv.decode(bytes, 'cp932') !== text) refuseUnencodable(cells, placeAt);
  return bytes;
}
