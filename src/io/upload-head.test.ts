import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { MAX_COLUMNS } from './read-limits.ts';
import { readTableFile } from './read-table-file.ts';
import { UPLOAD_HEAD_BYTES, checkUploadHead } from './upload-head.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const line = (cells: number, delimiter: string) =>
  Array.from({ length: cells }, (_, i) => `値${i}`).join(delimiter);

/** What checking `head` does: null, or the refusal's message and row. */
function refusal(file: string, head: Uint8Array): { message: string; row?: number | null } | null {
  try {
    checkUploadHead(file, head);
    return null;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { message: error.message, row: error.row };
  }
}

describe('checkUploadHead', () => {
  it('refuses a too-wide line of a .tsv by its first bytes, naming the row, as the reader does', async () => {
    const text = `指標\t実績\n①\t1\n${line(MAX_COLUMNS + 1, '\t')}\n`;
    expect(refusal('wide.tsv', utf8(text))).toEqual({
      message: `wide.tsv, row 3: more than ${MAX_COLUMNS} columns (limit ${MAX_COLUMNS})`,
      row: 3,
    });
    await expect(readTableFile('wide.tsv', utf8(text))).rejects.toThrow(
      `wide.tsv, row 3: more than ${MAX_COLUMNS} columns`,
    );
  });

  it('refuses a line cut off by the head once what arrived of it is too wide', () => {
    const head = utf8(line(MAX_COLUMNS * 50, ',')).subarray(0, UPLOAD_HEAD_BYTES);
    expect(refusal('million.csv', head)?.row).toBe(1);
    expect(refusal('narrow.csv', utf8(line(MAX_COLUMNS, ',')))).toBeNull();
  });

  it('counts a CSV’s commas inside quotes as text, as the reader does', () => {
    const quoted = `"${','.repeat(MAX_COLUMNS * 2)}",1\n`;
    expect(refusal('quoted.csv', utf8(`指標,実績\n${quoted}`))).toBeNull();
  });

  it('reads Shift_JIS as it reads UTF-8: no byte of a Japanese character is a tab or comma', () => {
    const wide = iconv.encode(`指標\t実績\n${line(MAX_COLUMNS + 1, '\t')}`, 'Shift_JIS');
    expect(refusal('sjis.tsv', new Uint8Array(wide))?.row).toBe(2);
    const narrow = iconv.encode(`指標\t実績\n${line(MAX_COLUMNS, '\t')}`, 'Shift_JIS');
    expect(refusal('sjis.tsv', new Uint8Array(narrow))).toBeNull();
  });

  it('leaves to the reader a file its name does not say is delimited, or a zip or PDF named so', () => {
    const wide = line(MAX_COLUMNS + 1, '\t');
    expect(refusal('table.txt', utf8(wide))).toBeNull();
    expect(refusal('table.xlsx', utf8(wide))).toBeNull();
    expect(refusal('table.tsv', utf8(`PK\u0003\u0004${wide}`))).toBeNull();
    expect(refusal('table.tsv', utf8(`%PDF-1.7\n${wide}`))).toBeNull();
  });

  it('refuses only what the reader refuses whole, with the same message (any head of any table)', async () => {
    // Mostly plain cells; now and then a quote or a comma, which CSV reads as text or quoting.
    const cell = fc.oneof(
      { arbitrary: fc.constantFrom('1', '値', '実績値', ''), weight: 200 },
      { arbitrary: fc.constantFrom('"', ',', '""'), weight: 1 },
    );
    const table = fc.record({
      rows: fc.array(
        fc
          .oneof(
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: MAX_COLUMNS - 2, max: MAX_COLUMNS + 3 }),
          )
          .chain((cells) => fc.array(cell, { minLength: cells, maxLength: cells })),
        { minLength: 1, maxLength: 4 },
      ),
      delimiter: fc.constantFrom('\t', ','),
      // Where the head ends: the whole file (a small upload) or anywhere in it.
      cut: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000 })),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(table, async ({ rows, delimiter, cut }) => {
        const file = delimiter === '\t' ? 'table.tsv' : 'table.csv';
        const bytes = utf8(rows.map((cells) => cells.join(delimiter)).join('\n'));
        const head = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
        const early = refusal(file, head);
        if (early === null) return;
        refused += 1;
        await expect(readTableFile(file, bytes.slice())).rejects.toThrow(early.message);
      }),
      { numRuns: 200 },
    );
    // The tables drawn are refused early often enough for the property to say something.
    expect(refused).toBeGreaterThan(10);
  });
});
