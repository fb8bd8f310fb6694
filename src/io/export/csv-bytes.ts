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

/** Per UTF-16 code unit: 0 not yet asked, 1 CP932 holds it, 2 it does not. */
const cp932State = new Uint8Array(0x10000);

/**
 * Whether CP932 holds a character as it is: iconv-lite writes "?" for one it lacks, and some
 * it writes as another (¥ as the byte of \), so only one that reads back the same counts. A
 * character beyond the BMP (𠮟) is never held. Asked once per character, then looked up.
 */
function inCp932(character: string): boolean {
  const code = character.charCodeAt(0);
  if (character.length > 1 || (code >= 0xd800 && code <= 0xdfff)) return false;
  let state = cp932State[code];
  if (state === 0) {
    state = iconv.decode(iconv.encode(character, 'cp932'), 'cp932') === character ? 1 : 2;
    cp932State[code] = state;
  }
  return state === 1;
}

/** Whether CP932 holds every character of a text: one pass over its code units. */
function allInCp932(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x7f) continue;
    const state = cp932State[code];
    if (state === 1) continue;
    if (state === 2 || !inCp932(text[i] ?? '')) return false;
  }
  return true;
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
  // The spelling changes no quoting (㎡ needs none), so it is made once, on the whole text.
  const text = cp932Spelling(stringify(rows, { record_delimiter: 'windows' }));
  // Only when a character is refused is each cell looked at, to name the one.
  if (!allInCp932(text))
    refuseUnencodable(
      rows.map((row) => row.map(cp932Spelling)),
      placeAt,
    );
  return iconv.encode(text, 'cp932');
}
