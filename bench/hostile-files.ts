import JSZip from 'jszip';
import { MAX_COLUMNS } from '../src/io/read-limits.ts';

/** A file made to hurt the reader, generated here (never committed). */
export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The parts of the smallest workbook Excel opens: one sheet, two rows of inline strings. */
function minimalWorkbook(sheetXml: string): Record<string, string> {
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPES}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPES}.worksheet+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
  };
}

/** A 1.6 KB workbook whose one merged range covers the whole sheet, A1:XFD1048576. */
async function wholeSheetMerge(): Promise<HostileFile> {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const sheet =
    `${XML}<worksheet xmlns="${MAIN}"><sheetData>` +
    `<row r="1">${cell('A1', '指標')}${cell('B1', '実績値')}</row>` +
    `<row r="2">${cell('A2', '①')}${cell('B2', '12')}</row>` +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>';
  const zip = new JSZip();
  for (const [path, text] of Object.entries(minimalWorkbook(sheet))) zip.file(path, text);
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  return { name: 'whole-sheet-merge.xlsx', bytes: new Uint8Array(bytes) };
}

/** 9 MB of a thousand rows of a thousand columns each, five times the limit. */
function wideTsv(): HostileFile {
  const cells = Array.from({ length: MAX_COLUMNS * 5 }, (_, i) => String(i).padStart(8, '0'));
  const row = `${cells.join('\t')}\n`;
  const rows = Math.floor((9 * 1000 * 1000) / row.length);
  return { name: 'too-many-columns.tsv', bytes: new TextEncoder().encode(row.repeat(rows)) };
}

/** One row of a million columns (2 MB). */
function millionColumnCsv(): HostileFile {
  return { name: 'million-columns.csv', bytes: new TextEncoder().encode('1,'.repeat(1_000_000)) };
}

/** The hostile uploads of the Issue 10 bench, each refused (or read within bounds) by the reader. */
export async function hostileFiles(): Promise<HostileFile[]> {
  return [await wholeSheetMerge(), wideTsv(), millionColumnCsv()];
}
