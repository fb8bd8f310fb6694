import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkCellText } from './cell-text-check.ts';
import type { Grid, GridRow } from './grid.ts';
import { ImportError } from './import-problem.ts';
import { MAX_SHARED_STRINGS_BYTES, MAX_SHEETS, formatLimit } from './read-limits.ts';
import { boundWorksheetXml } from './xlsx-sheet-bounds.ts';
import { readZipEntries } from './zip-entries.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WORKSHEET = /^xl\/worksheets\/([^/]+)\.xml$/;

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * A number as Excel shows it: to 15 significant digits (so a computed 0.1 + 0.2 reads 0.3),
 * as a percentage under a % format (a rate cell holds 0.5 and shows 50%), and with the
 * trailing zeros of a fixed-decimals format (34 under `0.0` reads 34.0).
 */
export function excelNumberText(value: number, numFmt: string | undefined): string {
  const percent = numFmt !== undefined && /%/.test(numFmt.split(';')[0] ?? '');
  if (percent) {
    const decimals = /\.(0+)/.exec(numFmt.split(';')[0] ?? '')?.[1]?.length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const text = String(Number(value.toPrecision(15)));
  // A fixed-decimals format (④ 34.0 under `0.0`) keeps its trailing zeros; never rounds.
  const places = /^[#,]*0\.(0+)$/.exec(numFmt?.split(';')[0] ?? '')?.[1]?.length ?? 0;
  const own = text.split('.')[1]?.length ?? 0;
  if (places <= own || /e/i.test(text)) return text;
  return `${text}${own === 0 ? '.' : ''}${'0'.repeat(places - own)}`;
}

function cellText(cell: ExcelJS.Cell): string {
  // A merged range holds its text once, in its top-left cell, as a printed table does.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  if (typeof value === 'number') return excelNumberText(value, cell.numFmt);
  if (
    value !== null &&
    typeof value === 'object' &&
    'result' in value &&
    typeof value.result === 'number'
  ) {
    return excelNumberText(value.result, cell.numFmt);
  }
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

function sheetRows(file: string, sheet: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = cellText(cell);
      checkCellText(file, rowNumber, column, text);
      cells[column - 1] = text;
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/**
 * The workbook's files, bounded: sizes checked on the zip directory, every worksheet's rows,
 * columns, cells and merges checked and clipped, then zipped again (stored) for ExcelJS.
 */
async function boundedWorkbook(file: string, bytes: Uint8Array): Promise<Buffer> {
  const entries = readZipEntries(file, bytes, (name) =>
    name === 'xl/sharedStrings.xml'
      ? { bytes: MAX_SHARED_STRINGS_BYTES, what: 'a shared-string table' }
      : undefined,
  );
  const sheets = [...entries.keys()].filter((name) => WORKSHEET.test(name));
  if (sheets.length > MAX_SHEETS) {
    throw new ImportError(
      file,
      `more than ${formatLimit(MAX_SHEETS)} worksheets (limit ${formatLimit(MAX_SHEETS)})`,
    );
  }
  const zip = new JSZip();
  for (const [name, content] of entries) {
    const sheet = WORKSHEET.exec(name)?.[1];
    zip.file(
      name,
      sheet === undefined
        ? content
        : boundWorksheetXml(file, `worksheet ${sheet}`, new TextDecoder().decode(content)),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * Reads the first worksheet that has content of an .xlsx workbook into text cells
 * (formula cells as their cached results, numbers as Excel shows them), within the limits of
 * read-limits.ts.
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<Grid> {
  if (!isZip(bytes)) throw new ImportError(file, 'not an XLSX workbook (no zip signature)');
  const bounded = await boundedWorkbook(file, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bounded as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(file, `not a readable XLSX workbook (truncated or damaged: ${reason})`);
  }
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(file, sheet);
    if (rows.length > 0) return { file, rows };
  }
  throw new ImportError(file, 'the workbook has no worksheet with content');
}
