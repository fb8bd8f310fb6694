import ExcelJS from 'exceljs';
import type { Grid, GridRow } from './grid.ts';
import { ImportError } from './import-problem.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * A number as Excel shows it: to 15 significant digits (so a computed 0.1 + 0.2 reads 0.3),
 * and as a percentage under a % format (a rate cell holds 0.5 and shows 50%).
 */
export function excelNumberText(value: number, numFmt: string | undefined): string {
  const percent = numFmt !== undefined && /%/.test(numFmt.split(';')[0] ?? '');
  if (percent) {
    const decimals = /\.(0+)/.exec(numFmt.split(';')[0] ?? '')?.[1]?.length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(Number(value.toPrecision(15)));
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

function sheetRows(sheet: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/**
 * Reads the first worksheet that has content of an .xlsx workbook into text cells
 * (formula cells as their cached results, numbers as Excel shows them).
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<Grid> {
  if (!isZip(bytes)) throw new ImportError(file, 'not an XLSX workbook (no zip signature)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(file, `not a readable XLSX workbook (truncated or damaged: ${reason})`);
  }
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (rows.length > 0) return { file, rows };
  }
  throw new ImportError(file, 'the workbook has no worksheet with content');
}
