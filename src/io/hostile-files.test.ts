import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { readCsv, readTsv } from './read-delimited.ts';
import { readTableFile } from './read-table-file.ts';
import {
  MAX_CELL_CHARACTERS,
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  MAX_MERGED_RANGES,
  MAX_ROWS,
  MAX_SHEETS,
} from './read-limits.ts';

/*
 * Files made to hurt the reader, generated here (never committed): each is refused with one
 * ImportError naming the file and the limit, or read within bounds, and quickly.
 */

const encode = (text: string) => new TextEncoder().encode(text);

async function smallWorkbook(sheets = 1): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (let n = 1; n <= sheets; n += 1) {
    const sheet = workbook.addWorksheet(`S${n}`);
    sheet.addRow(['指標', '実績値']);
    sheet.addRow(['①', '12']);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The small workbook with its first sheet's XML changed, zipped again (deflated). */
async function withSheetXml(change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await smallWorkbook());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', change(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function withFile(name: string, content: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await smallWorkbook());
  zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const addMerges = (refs: readonly string[]) => (xml: string) =>
  xml.replace(
    '</sheetData>',
    `</sheetData><mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`,
  );

async function refusal(file: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await readTableFile(file, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('XLSX: bounded before ExcelJS builds anything', () => {
  it('reads a 2 KB workbook whose one merge covers the whole sheet, clipped to the used range', async () => {
    const bytes = await withSheetXml(addMerges(['A1:XFD1048576']));
    expect(bytes.length).toBeLessThan(8000);
    const started = Date.now();
    const grid = await readTableFile('whole-sheet-merge.xlsx', bytes);
    expect(Date.now() - started).toBeLessThan(5000);
    // The merge now spans A1:B2: its text is the top-left cell's, as a printed table shows it.
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['指標', ''],
      ['', ''],
    ]);
  });
  it('refuses more merged ranges than the limit', async () => {
    const refs = Array.from({ length: MAX_MERGED_RANGES + 1 }, (_, i) => `C${i + 1}:D${i + 1}`);
    const error = await refusal('merges.xlsx', await withSheetXml(addMerges(refs)));
    expect(error.message).toBe(
      'merges.xlsx: more than 2,000 merged ranges (limit 2,000) in worksheet sheet1',
    );
  });
  it('refuses merged ranges that overlap', async () => {
    const error = await refusal('overlap.xlsx', await withSheetXml(addMerges(['A1:B2', 'A1:B2'])));
    expect(error.message).toMatch(/^overlap\.xlsx: merged ranges that overlap/);
  });
  it('refuses a cell past the column limit, naming the row', async () => {
    const bytes = await withSheetXml((xml) =>
      xml.replace('</row>', '<c r="GT1" t="inlineStr"><is><t>x</t></is></c></row>'),
    );
    expect(MAX_COLUMNS).toBe(200); // GT is column 202
    const error = await refusal('wide.xlsx', bytes);
    expect(error.message).toBe(
      'wide.xlsx, row 1: more than 200 columns (limit 200) in worksheet sheet1',
    );
  });
  it('refuses a row past the row limit', async () => {
    const bytes = await withSheetXml((xml) =>
      xml.replace(
        '</sheetData>',
        `<row r="${MAX_ROWS + 1}"><c r="A${MAX_ROWS + 1}"/></row></sheetData>`,
      ),
    );
    const error = await refusal('long.xlsx', bytes);
    expect(error.message).toMatch(/^long\.xlsx: more than 10,000 rows \(limit 10,000\)/);
  });
  it('refuses more worksheets than the limit', async () => {
    const error = await refusal('sheets.xlsx', await smallWorkbook(MAX_SHEETS + 1));
    expect(error.message).toBe('sheets.xlsx: more than 50 worksheets (limit 50)');
  });
  it('refuses a shared-string table past its limit, read off the zip directory', async () => {
    const strings = `<sst>${'<si><t>あいうえお</t></si>'.repeat(300_000)}</sst>`;
    const error = await refusal('strings.xlsx', await withFile('xl/sharedStrings.xml', strings));
    expect(error.message).toBe(
      'strings.xlsx: a shared-string table of more than 4 MB (limit 4 MB)',
    );
  });
  it('refuses a workbook that uncompresses past its limit (a zip bomb)', async () => {
    const bytes = await withFile('xl/media/image1.png', '\0'.repeat(31 * 1024 * 1024));
    expect(bytes.length).toBeLessThan(100_000);
    const error = await refusal('bomb.xlsx', bytes);
    expect(error.message).toBe('bomb.xlsx: more than 30 MB once uncompressed (limit 30 MB)');
  });
  it('refuses a file that inflates past the size its zip directory declares', async () => {
    const bytes = await withFile('xl/media/image1.png', '\0'.repeat(1024 * 1024));
    // Lower the declared size in the central directory entry of image1.png to 1 KB.
    const name = encode('xl/media/image1.png');
    const view = new DataView(bytes.buffer);
    let entry = -1;
    for (let at = bytes.length - 22; at >= 0 && entry < 0; at -= 1) {
      const isEntry = view.getUint32(at, true) === 0x02014b50;
      if (isEntry && name.every((b, i) => bytes[at + 46 + i] === b)) entry = at;
    }
    view.setUint32(entry + 24, 1024, true);
    const error = await refusal('liar.xlsx', bytes);
    expect(error.message).toMatch(
      /^liar\.xlsx: not a readable XLSX workbook .*image1\.png: does not inflate to its declared size/,
    );
  });
  it('refuses a NUL in a cell (the XML itself forbids it)', async () => {
    const bytes = await withSheetXml((xml) =>
      xml.replace('</row>', '<c r="C1" t="inlineStr"><is><t>a&#0;b</t></is></c></row>'),
    );
    await refusal('nul.xlsx', bytes);
  });
});

describe('TSV and CSV: bounded while reading', () => {
  it('refuses a file past the byte limit without decoding it', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    const started = Date.now();
    const error = await refusal('big.tsv', bytes);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.message).toBe('big.tsv: a file of more than 10 MB (limit 10 MB)');
  });
  it('refuses a CSV of a million columns, naming the row', async () => {
    const bytes = encode(`指標,実績値\n${'1,'.repeat(1_000_000)}1\n`);
    const error = await refusal('wide.csv', bytes);
    expect(error.message).toBe('wide.csv, row 2: more than 200 columns (limit 200)');
  });
  it('counts quoted commas as text, not columns', () => {
    const line = Array.from({ length: 150 }, () => '"1,234"').join(',');
    const grid = readCsv('figures.csv', `${line}\n`);
    expect(grid.rows[0]?.cells).toHaveLength(150);
  });
  it('refuses a TSV line of more columns than the limit', () => {
    expect(() => readTsv('wide.tsv', `a\tb\n${'x\t'.repeat(MAX_COLUMNS)}x\n`)).toThrow(
      'wide.tsv, row 2: more than 200 columns (limit 200)',
    );
  });
  it('refuses more rows than the limit', () => {
    expect(() => readTsv('long.tsv', 'a\n'.repeat(MAX_ROWS + 1))).toThrow(
      'long.tsv, row 10001: more than 10,000 rows (limit 10,000)',
    );
    expect(() => readCsv('long.csv', 'a\n'.repeat(MAX_ROWS + 1))).toThrow(
      'long.csv, row 10001: more than 10,000 rows (limit 10,000)',
    );
  });
  it('refuses a cell longer than the limit, naming row and column', () => {
    const text = `指標\t取組内容\n①\t${'あ'.repeat(MAX_CELL_CHARACTERS + 1)}\n`;
    expect(() => readTsv('long-cell.tsv', text)).toThrow(
      'long-cell.tsv, row 2, column 2: a cell of more than 4,000 characters (limit 4,000)',
    );
  });
  it('refuses a NUL past the first 4 KB of a TSV, naming row and column', async () => {
    const filler = Array.from({ length: 200 }, (_, i) => `行${i}\t${'x'.repeat(30)}`).join('\n');
    const bytes = encode(`${filler}\n①\t12\tab\0c\n`);
    const error = await refusal('nul.tsv', bytes);
    expect(error.message).toBe(
      'nul.tsv, row 201, column 3: a NUL character (U+0000) is not allowed in a cell',
    );
    expect([error.row, error.column]).toEqual([201, 3]);
  });
  it('refuses a NUL in a CSV cell and a lone surrogate in any text, naming the place', async () => {
    const error = await refusal('nul.csv', encode('指標,実績値\n①,"1\u00002"\n'));
    expect(error.message).toBe(
      'nul.csv, row 2, column 2: a NUL character (U+0000) is not allowed in a cell',
    );
    expect(() => readTsv('odd.tsv', '指標\n\ud800x\n')).toThrow(
      'odd.tsv, row 2, column 1: a lone surrogate (U+D800) is not allowed in a cell',
    );
  });
});
